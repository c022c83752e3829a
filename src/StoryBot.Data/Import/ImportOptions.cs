namespace StoryBot.Data.Import;

/// <summary>How an import runs. The defaults suit both the five seed files and a few hundred MB of archive.</summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>Remove chapters whose files vanished from the imported folders (and stories left without chapters).</summary>
    public bool Prune { get; init; }

    /// <summary>Files decoded and parsed at once, beside the single database writer.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Files are committed together once this many bytes are written (each file is still its own savepoint).</summary>
    public long BatchBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// When the store holds no paragraphs yet and at least this many bytes are to be imported, the full-text triggers
    /// pause and the index is built once at the end (several times faster than growing it row by row).
    /// </summary>
    public long DeferSearchIndexBytes { get; init; } = 8L * 1024 * 1024;
}
