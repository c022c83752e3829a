using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>Whether a chapter is told by an "I": the word I (or I'm, I'd…) in its narration, outside every quote.</summary>
internal static class FirstPersonNarration
{
    /// <summary>Narration "I"s that make a chapter first person (one could be a quoted letter's or a slip).</summary>
    private const int Enough = 2;

    public static bool Is(ParsedChapter chapter)
    {
        var text = chapter.Text;
        var found = 0;
        foreach (var paragraph in chapter.Paragraphs)
        {
            var from = paragraph.Range.Start;
            foreach (var quote in paragraph.Quotes)
            {
                found += Count(text, from, quote.Range.Start);
                from = Math.Max(from, quote.Range.End);
            }

            found += Count(text, from, paragraph.Range.End);
            if (found >= Enough)
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(string text, int start, int end)
    {
        var count = 0;
        for (var i = text.IndexOf('I', start, Math.Max(0, end - start)); i >= 0 && i < end; i = i + 1 < end ? text.IndexOf('I', i + 1, end - i - 1) : -1)
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after) && before is not ('.' or '\'' or '\u2019'))
            {
                count++;
            }
        }

        return count;
    }
}
