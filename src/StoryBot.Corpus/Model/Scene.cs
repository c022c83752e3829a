namespace StoryBot.Corpus.Model;

/// <summary>A scene: paragraphs between two scene breaks. <see cref="Heading"/> is a location heading such as "Inside the Seal".</summary>
public sealed record Scene(int Index, string? Heading, IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>True when the scene sits between flashback markers ("xx Flashback xx" … "xx End Flashback xx").</summary>
    public bool IsFlashback { get; init; }
}
