namespace StoryBot.Data.Import;

/// <summary>What an import reads and writes besides chapters, on the importer's open connection; one per store.</summary>
internal interface IImportStore
{
    Dictionary<string, ExistingChapter> ReadExisting();

    Dictionary<int, FileStamp> ReadStamps();

    void SaveStamps(IEnumerable<(int ChapterId, FileStamp Stamp)> stamps);

    IChapterWriter CreateWriter(TimeProvider time);
}
