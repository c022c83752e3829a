using StoryBot.Corpus.Dialogue;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>Builds a <see cref="ParsedChapter"/> without the chapter parser: paragraphs are blocks between blank lines.</summary>
internal static class TestChapters
{
    public static IReadOnlyList<TextRange> SplitParagraphs(string text)
    {
        var paragraphs = new List<TextRange>();
        var start = 0;
        while (start < text.Length)
        {
            var blank = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = blank < 0 ? text.Length : blank;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                paragraphs.Add(TextRange.FromBounds(start, end));
            }

            start = blank < 0 ? text.Length : blank + 2;
        }

        return paragraphs;
    }

    public static ParsedChapter FromText(string text, string sourceName = "test.txt")
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var ranges = SplitParagraphs(text);
        var quotes = QuoteFinder.Find(text, ranges);
        var paragraphs = ranges.Select((range, i) => new Paragraph(i, range, range.Slice(text), quotes[i])).ToArray();
        return new ParsedChapter(sourceName, text, "utf-8", new ChapterMetadata(), [new Scene(0, null, paragraphs)], []);
    }
}
