using System.Text;
using System.Text.RegularExpressions;

namespace StoryBot.Commands;

/// <summary>
/// Makes arbitrary text safe inside Discord markdown: it renders literally and cannot ping.
/// Escapes <c>\ * _ ~ ` | &gt;</c> and <c>[ ]</c> of masked links, headings and list markers at line
/// start, and breaks <c>@everyone</c>/<c>@here</c> and mention syntax with a zero-width space
/// (allowed_mentions is empty anyway; this is belt and braces). Docs: reference.mdx, "Message Formatting".
/// </summary>
public static partial class Markdown
{
    /// <summary>U+200B ZERO WIDTH SPACE.</summary>
    public const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, 0, text.Length, keep: null);
    }

    /// <summary>
    /// Escapes story text like <see cref="Escape(string)"/> but keeps the text's own well-formed emphasis
    /// (<c>*italic*</c>, <c>**bold**</c>, <c>_italic_</c>, <c>__underline__</c>, <c>~~struck~~</c>) as Discord markdown,
    /// so an author's emphasis renders instead of showing literal asterisks. Stray markers still render literally.
    /// </summary>
    public static string EscapeProse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text, 0, text.Length, EmphasisMarkers.Find(text));
    }

    /// <summary>
    /// <see cref="EscapeProse"/> for pieces of one text (start, length), so emphasis that spans a highlighted word
    /// still pairs up: the emphasis is found on the whole text once.
    /// </summary>
    public static Func<int, int, string> ProseEscaper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keep = EmphasisMarkers.Find(text);
        return (start, length) => Escape(text, start, length, keep);
    }

    private static string Escape(string text, int start, int length, bool[]? keep)
    {
        var builder = new StringBuilder(length + 16);
        var lineStart = true;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (keep is not null && keep[i])
            {
                builder.Append(c);
                lineStart = false;
                continue;
            }

            if (lineStart)
            {
                // Headings (#, ##, ###, -#), block quotes (>) and list markers only count at line start.
                if (c is '#' or '>' || (c is '-' or '+' && i + 1 < end && text[i + 1] is ' ' or '#'))
                {
                    builder.Append('\\').Append(c);
                    lineStart = false;
                    continue;
                }

                if (char.IsDigit(c) && OrderedListMarker().IsMatch(text.AsSpan(i, end - i)))
                {
                    var digits = i;
                    while (digits < end && char.IsDigit(text[digits]))
                    {
                        builder.Append(text[digits++]);
                    }

                    builder.Append("\\.");
                    i = digits;
                    lineStart = false;
                    continue;
                }
            }

            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '[' or ']':
                    builder.Append('\\').Append(c);
                    break;
                case '<' when i + 1 < end && text[i + 1] is '@' or '#' or ':' or 't' or 'a' or '/':
                    // <@id>, <#id>, <:emoji:id>, <t:stamp>, <a:emoji:id>, </command:id>
                    builder.Append(c).Append(ZeroWidthSpace);
                    break;
                case '@':
                    builder.Append(c).Append(ZeroWidthSpace);
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return builder.ToString();
    }

    /// <summary>Bold already-escaped text.</summary>
    public static string Bold(string escaped) => escaped.Length == 0 ? escaped : $"**{escaped}**";

    /// <summary>Italic already-escaped text.</summary>
    public static string Italic(string escaped) => escaped.Length == 0 ? escaped : $"*{escaped}*";

    /// <summary>Truncates escaped or plain text to at most <paramref name="max"/> characters at a word boundary, adding "…".</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1));
        if (cut < max / 2)
        {
            cut = max - 1;
        }

        // Never leave a dangling escape backslash.
        while (cut > 0 && text[cut - 1] == '\\')
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex OrderedListMarker();
}
