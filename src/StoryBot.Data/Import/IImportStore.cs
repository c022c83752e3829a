namespace StoryBot.Data.Import;

/// <summary>What an import reads and writes besides chapters, on the importer's open connection; one per store.</summary>
internal interface IImportStore
{
    /// <summary>
    /// The one-writer-at-a-time lock across processes, held for the whole import; <paramref name="waiting"/> is called once
    /// if another import holds it.
    /// </summary>
    Task<IDisposable> AcquireImportLockAsync(TimeProvider time, Action waiting, CancellationToken cancellationToken);

    /// <summary>The database, for log lines (no password).</summary>
    string Describe();

    Dictionary<string, ExistingChapter> ReadExisting();

    Dictionary<int, FileStamp> ReadStamps();

    void SaveStamps(IEnumerable<(int ChapterId, FileStamp Stamp)> stamps);

    IChapterWriter CreateWriter(TimeProvider time);

    /// <summary>A writer into one server's library, with the reads an upload makes in its transaction.</summary>
    ILibraryWriter CreateLibraryWriter(TimeProvider time, ulong guildId);
}
