namespace StoryBot.Corpus.Parsing;

/// <summary>One chapter file named by a <c>stories.json</c> story, with optional per-chapter overrides.</summary>
/// <param name="File">The file name (or path relative to the manifest's folder) as written in the manifest.</param>
/// <param name="Number">The chapter number: explicit, or the file's 1-based position in the story's list.</param>
public sealed record ManifestChapter(string File, int Number)
{
    public string? Title { get; init; }

    public string? SourceUrl { get; init; }
}
