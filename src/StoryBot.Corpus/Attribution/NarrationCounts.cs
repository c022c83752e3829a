using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// The counts <see cref="AddressedNarrator"/> decides a first-person narration by, each without a token list: a bound of
/// the "I"s outside quotes, a lower bound of the narration's words, and the exact count of both (stopping early).
/// </summary>
internal static class NarrationCounts
{
    /// <summary>
    /// At least the number of "I" tokens outside quotes: every 'I' that stands alone (no letter or digit before it, none
    /// after it nor a joiner into one) and is in no quote. A vectorised search for the letter, no tokenising.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int NarrationIBound(ParsedChapter chapter)
    {
        var text = chapter.Text;
        var bound = 0;
        foreach (var scene in chapter.Scenes)
        {
            var paragraphs = scene.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var inQuote = new QuoteCursor(paragraph);
                int start = paragraph.Range.Start, end = paragraph.Range.End;
                var at = start;
                while (at < end)
                {
                    var found = text.AsSpan(at, end - at).IndexOf('I');
                    if (found < 0)
                    {
                        break;
                    }

                    var x = at + found;
                    at = x + 1;
                    if ((x > start && char.IsLetterOrDigit(text[x - 1])) || Tokenizer.WordEnd(text, x, end) != x + 1 || inQuote.Contains(x))
                    {
                        continue;
                    }

                    bound++;
                }
            }
        }

        return bound;
    }

    /// <summary>
    /// The words of the narration (word tokens outside quotes) and how many of them are "I", counted without a token
    /// list: a word starts at a letter or digit and ends where <see cref="Tokenizer.WordEnd"/> says, as when tokenised.
    /// The count stops once past <paramref name="enough"/> words: more than the "I"s (at most the bound) can carry.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (int Words, int I) CountNarration(ParsedChapter chapter, int enough)
    {
        var text = chapter.Text;
        int words = 0, narrationI = 0;
        foreach (var scene in chapter.Scenes)
        {
            var paragraphs = scene.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var inQuote = new QuoteCursor(paragraph);
                var end = paragraph.Range.End;
                for (var i = paragraph.Range.Start; i < end;)
                {
                    var c = text[i];
                    if (!char.IsLetterOrDigit(c))
                    {
                        i++;
                        continue;
                    }

                    var w = Tokenizer.WordEnd(text, i, end);
                    if (!inQuote.Contains(i))
                    {
                        if (++words > enough)
                        {
                            return (words, narrationI);
                        }

                        if (w == i + 1 && c == 'I')
                        {
                            narrationI++; // "I." is no title: the token is the one letter
                        }
                    }

                    i = w;
                }
            }
        }

        return (words, narrationI);
    }

    /// <summary>
    /// Whether the narration has more than <paramref name="enough"/> words, from a lower bound of <see cref="CountNarration"/>'s
    /// count: a letter or digit right after a space, outside quotes, always starts a word (no word runs over a space).
    /// A vectorised search for the spaces. Then the count stops past <paramref name="enough"/>, and the "I"s, which are
    /// at most <see cref="NarrationIBound"/>, cannot carry them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MoreNarrationWordsThan(ParsedChapter chapter, int enough)
    {
        var text = chapter.Text;
        var words = 0;
        foreach (var scene in chapter.Scenes)
        {
            var paragraphs = scene.Paragraphs;
            for (var p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                var inQuote = new QuoteCursor(paragraph);
                var end = paragraph.Range.End;
                var at = paragraph.Range.Start;
                while (at < end)
                {
                    var space = text.AsSpan(at, end - at).IndexOf(' ');
                    if (space < 0)
                    {
                        break;
                    }

                    var x = at + space + 1;
                    at = x;
                    if (x < end && char.IsLetterOrDigit(text[x]) && !inQuote.Contains(x) && ++words > enough)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
