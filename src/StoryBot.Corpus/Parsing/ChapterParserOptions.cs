namespace StoryBot.Corpus.Parsing;

/// <summary>Limits that keep one bad file from swamping an import. Defaults suit real chapters with a wide margin.</summary>
public sealed record ChapterParserOptions
{
    public static ChapterParserOptions Default { get; } = new();

    /// <summary>Files larger than this are refused (a whole 500k-word novel is about 3 MB).</summary>
    public int MaxFileBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>A line longer than this is not prose (a 10 MB single line is a dump, not a chapter).</summary>
    public int MaxLineLength { get; init; } = 256 * 1024;
}
