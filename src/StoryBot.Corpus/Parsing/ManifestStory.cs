using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>A story in <c>stories.json</c>: its metadata and its chapter files in reading order.</summary>
public sealed record ManifestStory(string Title, IReadOnlyList<ManifestChapter> Chapters)
{
    public string? Author { get; init; }

    /// <summary>Null when the manifest gives no rating (the file's own rating then stands).</summary>
    public Rating? Rating { get; init; }

    public string? Summary { get; init; }

    public string? SourceUrl { get; init; }
}
