namespace StoryBot.Excerpts;

/// <summary>
/// A passage chosen from a chapter: paragraphs <see cref="First"/>..<see cref="Last"/> (inclusive, chapter-wide
/// indexes), their text (the last may be shortened at a sentence boundary, ending in "…").
/// </summary>
public sealed record ExcerptWindow(int First, int Last, IReadOnlyList<string> Paragraphs)
{
    public int Length => Paragraphs.Sum(p => p.Length) + (2 * Math.Max(0, Paragraphs.Count - 1));

    public int WordCount => Paragraphs.Sum(ExcerptCutter.CountWords);
}
