namespace StoryBot.Corpus.Model;

/// <summary>
/// One file read as a work: a plain chapter file (one chapter), a complete work split at its chapter headings, an HTML
/// export or an EPUB. Every chapter's <see cref="ParsedChapter.Metadata"/> carries the work's title, author, rating,
/// summary and link, so a chapter can be stored on its own.
/// </summary>
public sealed record ParsedWork(string SourceName, string Format, WorkMetadata Metadata, IReadOnlyList<ParsedChapter> Chapters)
{
    /// <summary>True when the file was split into chapters (or is an HTML/EPUB export), not one chapter file.</summary>
    public bool IsCompleteWork { get; init; }

    /// <summary>Things an admin may want to fix; never a reason to skip the file.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
