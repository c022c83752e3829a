using System.Text;

namespace StoryBot.Data.Search;

/// <summary>Renders a snippet with its highlights: Discord markdown (<c>**word**</c>, other markdown escaped) or any markers.</summary>
public static class SearchHighlighter
{
    /// <summary>"…the **Rasengan** hit…" with the snippet's own markdown characters escaped so only our bold shows.</summary>
    public static string ToMarkdown(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return Render(hit.Snippet, hit.Highlights, "**", "**", EscapeMarkdown);
    }

    public static string Render(string snippet, IReadOnlyList<HighlightRange> highlights, string open, string close, Func<string, string>? escape = null)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        escape ??= static s => s;
        return Render(snippet, highlights, open, close, (start, length) => escape(snippet.Substring(start, length)));
    }

    /// <summary>
    /// As <see cref="Render(string, IReadOnlyList{HighlightRange}, string, string, Func{string, string})"/>, escaping
    /// each piece by its place in <paramref name="snippet"/> (start, length), for escapers that look at the whole text.
    /// </summary>
    public static string Render(string snippet, IReadOnlyList<HighlightRange> highlights, string open, string close, Func<int, int, string> escapeRange)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        ArgumentNullException.ThrowIfNull(highlights);
        ArgumentNullException.ThrowIfNull(escapeRange);
        var builder = new StringBuilder(snippet.Length + (highlights.Count * (open.Length + close.Length)));
        int at = 0;
        foreach (HighlightRange range in highlights.OrderBy(r => r.Start))
        {
            if (range.Start < at || range.Start + range.Length > snippet.Length)
            {
                continue;
            }

            builder.Append(escapeRange(at, range.Start - at)).Append(open)
                .Append(escapeRange(range.Start, range.Length)).Append(close);
            at = range.Start + range.Length;
        }

        return builder.Append(escapeRange(at, snippet.Length - at)).ToString();
    }

    /// <summary>
    /// The words of <paramref name="text"/> matching <paramref name="terms"/> (from <see cref="SearchQuery.Terms"/>): a
    /// word matches when it equals a term or starts with it (terms of 3+ letters, so "train" marks "training", as the
    /// prefix search found it). For highlighting a whole paragraph rather than a snippet.
    /// </summary>
    public static IReadOnlyList<HighlightRange> Ranges(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var ranges = new List<HighlightRange>();
        if (terms.Count == 0)
        {
            return ranges;
        }

        int at = 0;
        foreach (var (word, isSeparator) in Words(text))
        {
            if (!isSeparator && Matches(word, terms))
            {
                ranges.Add(new HighlightRange(at, word.Length));
            }

            at += word.Length;
        }

        return ranges;
    }

    /// <summary>Splits text into runs of word characters (letters, digits, apostrophes) and runs of the rest.</summary>
    internal static IEnumerable<(string Text, bool IsSeparator)> Words(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool boundary = i == text.Length || IsWordChar(text[i]) != IsWordChar(text[start]);
            if (boundary && i > start)
            {
                yield return (text[start..i], !IsWordChar(text[start]));
                start = i;
            }
        }
    }

    private static bool Matches(string word, IReadOnlyList<string> terms)
    {
        string lower = word.ToLowerInvariant();
        foreach (string term in terms)
        {
            if (lower == term || (term.Length >= 3 && lower.StartsWith(term, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\'';

    /// <summary>Escapes Discord markdown characters (<c>\ * _ ~ ` | &gt;</c>) so story text renders literally.</summary>
    public static string EscapeMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Splits FTS5 snippet output marked with <paramref name="open"/>/<paramref name="close"/> into text and ranges.</summary>
    internal static (string Text, List<HighlightRange> Ranges) Parse(string marked, char open, char close)
    {
        var builder = new StringBuilder(marked.Length);
        var ranges = new List<HighlightRange>();
        int start = -1;
        foreach (char c in marked)
        {
            if (c == open)
            {
                start = builder.Length;
            }
            else if (c == close)
            {
                if (start >= 0 && builder.Length > start)
                {
                    ranges.Add(new HighlightRange(start, builder.Length - start));
                }

                start = -1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return (builder.ToString(), ranges);
    }
}
