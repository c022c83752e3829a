namespace StoryBot.Data.Import;

/// <summary>What happened to one file. <see cref="Reason"/> is a one-line message naming the file when it failed.</summary>
public sealed record ImportFileResult(string Path, ImportOutcome Outcome, string? Reason = null)
{
    public string? StoryTitle { get; init; }

    public int? ChapterNumber { get; init; }

    /// <summary>Chapters the file held (1 for a chapter file; a complete work, HTML export or EPUB may hold many).</summary>
    public int ChapterCount { get; init; }

    public long Bytes { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
