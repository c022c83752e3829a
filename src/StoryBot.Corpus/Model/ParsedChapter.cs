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
}
