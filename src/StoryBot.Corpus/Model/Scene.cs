namespace StoryBot.Corpus.Model;

/// <summary>A scene: paragraphs between two scene breaks. <see cref="Heading"/> is a location heading such as "Inside the Seal".</summary>
public sealed record Scene(int Index, string? Heading, IReadOnlyList<Paragraph> Paragraphs);
