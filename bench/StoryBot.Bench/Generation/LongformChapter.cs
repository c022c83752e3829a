namespace StoryBot.Bench.Generation;

/// <summary>One chapter of a generated long-form work: its heading line, its title (null when the heading holds none) and paragraphs.</summary>
internal sealed record LongformChapter(int Number, string Heading, string? Title, IReadOnlyList<string> Paragraphs);
