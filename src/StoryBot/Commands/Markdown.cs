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
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart)
            {
                // Headings (#, ##, ###, -#), block quotes (>) and list markers only count at line start.
                if (c is '#' or '>' || (c is '-' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '#'))
                {
                    builder.Append('\\').Append(c);
                    lineStart = false;
                    continue;
                }

                if (char.IsDigit(c) && OrderedListMarker().IsMatch(text.AsSpan(i)))
                {
                    var digits = i;
                    while (digits < text.Length && char.IsDigit(text[digits]))
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
                case '<' when i + 1 < text.Length && text[i + 1] is '@' or '#' or ':' or 't' or 'a' or '/':
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
