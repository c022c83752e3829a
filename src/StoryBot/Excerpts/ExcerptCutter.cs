namespace StoryBot.Excerpts;

/// <summary>
/// Chooses 1–<see cref="MaxParagraphs"/> whole paragraphs totalling at most <see cref="MaxCharacters"/>
/// characters; a single paragraph longer than that is cut at the last sentence end that fits (or, failing that,
/// the last space) and ends in "…". Never cuts inside a word. Pure: works on paragraph text only.
/// </summary>
public sealed class ExcerptCutter(int maxCharacters = ExcerptCutter.DefaultMaxCharacters, int maxParagraphs = ExcerptCutter.DefaultMaxParagraphs)
{
    public const int DefaultMaxCharacters = 1500;
    public const int DefaultMaxParagraphs = 4;
    private const string Ellipsis = " …";

    public int MaxCharacters { get; } = maxCharacters;

    public int MaxParagraphs { get; } = maxParagraphs;

    /// <summary>Reading forwards from paragraph <paramref name="start"/>.</summary>
    public ExcerptWindow Forward(IReadOnlyList<string> paragraphs, int start)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, paragraphs.Count);
        var taken = new List<string> { Shorten(paragraphs[start]) };
        var length = taken[0].Length;
        for (var i = start + 1; i < paragraphs.Count && taken.Count < MaxParagraphs; i++)
        {
            var next = paragraphs[i].Length + 2;
            if (length + next > MaxCharacters)
            {
                break;
            }

            taken.Add(paragraphs[i]);
            length += next;
        }

        return new ExcerptWindow(start, start + taken.Count - 1, taken);
    }

    /// <summary>The page that ends at paragraph <paramref name="last"/> (for "◀ Previous").</summary>
    public ExcerptWindow Backward(IReadOnlyList<string> paragraphs, int last)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentOutOfRangeException.ThrowIfNegative(last);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(last, paragraphs.Count);
        var first = last;
        var length = paragraphs[last].Length;
        while (first > 0 && last - first + 1 < MaxParagraphs && length + paragraphs[first - 1].Length + 2 <= MaxCharacters)
        {
            first--;
            length += paragraphs[first].Length + 2;
        }

        if (first == last)
        {
            return Forward(paragraphs, last);
        }

        return new ExcerptWindow(first, last, paragraphs.Skip(first).Take(last - first + 1).ToList());
    }

    /// <summary>Cuts <paramref name="text"/> to fit, at a sentence end if possible, else at a space; adds "…".</summary>
    public string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxCharacters)
        {
            return text;
        }

        var limit = MaxCharacters - Ellipsis.Length;
        var cut = LastSentenceEnd(text, limit);
        if (cut < limit / 3)
        {
            cut = text.LastIndexOf(' ', limit);
        }

        if (cut <= 0)
        {
            cut = limit; // one enormous "word": nothing better exists
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }

    /// <summary>Index just after the last sentence end (., !, ?, … plus closing quotes) that lies within <paramref name="limit"/>.</summary>
    private static int LastSentenceEnd(string text, int limit)
    {
        for (var i = Math.Min(limit, text.Length) - 1; i > 0; i--)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end < limit && text[end] is '"' or '\'' or '”' or '’' or ')')
            {
                end++;
            }

            if (end <= limit && (end == text.Length || char.IsWhiteSpace(text[end])))
            {
                return end;
            }
        }

        return -1;
    }
}
