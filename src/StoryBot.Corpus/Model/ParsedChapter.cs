namespace StoryBot.Corpus.Model;

/// <summary>
/// A chapter file parsed into structure. <see cref="Text"/> is the decoded, line-ending-normalised text; every
/// <see cref="TextRange"/> in the chapter points into it.
/// </summary>
public sealed record ParsedChapter(
    string SourceName,
    string Text,
    string EncodingName,
    ChapterMetadata Metadata,
    IReadOnlyList<Scene> Scenes,
    IReadOnlyList<Note> Notes)
{
    public IEnumerable<Paragraph> Paragraphs => Scenes.SelectMany(scene => scene.Paragraphs);

    /// <summary>Things an admin may want to fix (an unknown rating in the header, …); never a reason to skip the file.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
