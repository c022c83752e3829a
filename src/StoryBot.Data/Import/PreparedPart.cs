using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>One chapter of a prepared file (a chapter file has one; a complete work, HTML export or EPUB one per chapter).</summary>
internal sealed record PreparedPart(ParsedChapter Chapter, ChapterMetadata Metadata, string ChapterTitle)
{
    /// <summary>Attributed lines keyed by (paragraph index, quote start).</summary>
    public IReadOnlyDictionary<(int Paragraph, int Start), AttributedLine> Lines { get; init; } =
        new Dictionary<(int Paragraph, int Start), AttributedLine>();

    public int[] ParagraphWords { get; init; } = [];
}
