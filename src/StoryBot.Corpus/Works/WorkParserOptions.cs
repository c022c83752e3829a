using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>Limits for whole works and archives. Every file is treated as hostile: an EPUB is a zip anyone can craft.</summary>
public sealed record WorkParserOptions
{
    public static WorkParserOptions Default { get; } = new();

    /// <summary>Limits of the plain-text path (file size, line length).</summary>
    public ChapterParserOptions Text { get; init; } = ChapterParserOptions.Default;

    /// <summary>Total bytes an EPUB may expand to (counted while inflating, not trusted from the zip directory).</summary>
    public long MaxUncompressedBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>One entry of an EPUB may not expand past this.</summary>
    public long MaxEntryBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Entries an EPUB may hold (a real novel has a few hundred).</summary>
    public int MaxEntries { get; init; } = 5000;

    /// <summary>Chapters one work may have; more is not a story.</summary>
    public int MaxChapters { get; init; } = 2000;

    /// <summary>Elements an HTML document may nest; deeper trees are flattened rather than recursed into.</summary>
    public int MaxHtmlDepth { get; init; } = 256;
}
