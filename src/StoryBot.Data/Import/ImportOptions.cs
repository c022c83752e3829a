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
    /// pause and the writer indexes what it wrote in chunks between files (see <see cref="SearchIndexChunkChars"/>),
    /// several times cheaper than the triggers, which run inside each file's savepoint where FTS5 must flush its
    /// pending terms into a new segment every time.
    /// </summary>
    public long DeferSearchIndexBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>
    /// During a bulk load, paragraphs are added to the search index once this much text (UTF-16 characters) has been
    /// written, and before every commit. Each chunk becomes one FTS5 segment; about FTS5's own 1 MB flush size is cheapest.
    /// </summary>
    public long SearchIndexChunkChars { get; init; } = 2L * 1024 * 1024;

    /// <summary>
    /// A story of several chapter files in a folder without characters.json is held, parsed, until all its files are read,
    /// so its characters are found over the whole story; past this many bytes of files (what one file may be) the files
    /// held so far are attributed and the rest continue from their characters.
    /// </summary>
    public long MaxStoryBytes { get; init; } = Corpus.Parsing.ChapterParserOptions.Default.MaxFileBytes;

    /// <summary>
    /// Told where the import stands after every file and every commit, on the writer's thread (keep it quick; the
    /// command line draws a progress bar or writes a log line from it).
    /// </summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
