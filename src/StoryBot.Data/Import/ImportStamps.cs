namespace StoryBot.Data.Import;

/// <summary>
/// One import's view of <see cref="FileStamps"/>: the stamps stored before it started, and the files it read and hashed
/// (only the producer touches <see cref="Observe"/>; <see cref="ToSave"/> runs after it finished).
/// </summary>
internal sealed class ImportStamps(Dictionary<int, FileStamp> stored, DateTime settledBefore)
{
    private readonly Dictionary<string, FileStamp> observed = new(StringComparer.Ordinal);
    private readonly long settledBeforeTicks = settledBefore.Ticks;

    public bool Vouches(ExistingChapter before, long length, long lastWriteTicks, string settingsHash) =>
        FileStamps.Vouches(stored.GetValueOrDefault(before.Id), length, lastWriteTicks, before, settingsHash);

    /// <summary>A file was read and hashed; its stamp is kept unless it was written too recently to trust.</summary>
    public void Observe(string path, long length, long lastWriteTicks, string hash)
    {
        if (lastWriteTicks < settledBeforeTicks)
        {
            observed[path] = new FileStamp(length, lastWriteTicks, hash);
        }
    }

    /// <summary>Stamps for the files now stored with the bytes that were hashed (imported, replaced, moved or skipped by hash).</summary>
    public IEnumerable<(int ChapterId, FileStamp Stamp)> ToSave(IEnumerable<ImportFileResult> results, IReadOnlyDictionary<string, ExistingChapter> existing)
    {
        foreach (ImportFileResult result in results)
        {
            if (result.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced or ImportOutcome.Moved or ImportOutcome.Skipped
                && observed.TryGetValue(result.Path, out FileStamp? stamp)
                && existing.TryGetValue(result.Path, out ExistingChapter? chapter)
                && chapter.ContentHash == stamp.ContentHash
                && stored.GetValueOrDefault(chapter.Id) != stamp)
            {
                yield return (chapter.Id, stamp);
            }
        }
    }
}
