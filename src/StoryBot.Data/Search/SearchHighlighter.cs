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
        ArgumentNullException.ThrowIfNull(highlights);
        escape ??= static s => s;
        var builder = new StringBuilder(snippet.Length + (highlights.Count * (open.Length + close.Length)));
        int at = 0;
        foreach (HighlightRange range in highlights.OrderBy(r => r.Start))
        {
            if (range.Start < at || range.Start + range.Length > snippet.Length)
            {
                continue;
            }

            builder.Append(escape(snippet[at..range.Start])).Append(open)
                .Append(escape(snippet.Substring(range.Start, range.Length))).Append(close);
            at = range.Start + range.Length;
        }

        return builder.Append(escape(snippet[at..])).ToString();
    }

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
