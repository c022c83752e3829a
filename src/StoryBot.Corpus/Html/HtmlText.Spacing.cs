using System.Text;

namespace StoryBot.Corpus.Html;

/// <summary>Text and spacing of <see cref="HtmlText"/>: runs of white space collapse, paragraph breaks are one blank line.</summary>
internal sealed partial class HtmlText
{
    private void AppendText(StringBuilder target, string data, bool inLink)
    {
        int before = target.Length;
        bool space = false;
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                space = true;
                continue;
            }

            if (space && NeedsSpace(target))
            {
                target.Append(' ');
            }

            space = false;
            target.Append(c == '\u00A0' ? ' ' : c);
        }

        if (space && NeedsSpace(target))
        {
            target.Append(' ');
        }

        int written = target.Length - before;
        TextChars += written;
        LinkChars += inLink ? written : 0;
    }

    private static bool NeedsSpace(StringBuilder target) => target.Length > 0 && target[^1] is not (' ' or '\n');

    private static void TrimTrailingSpace(StringBuilder target)
    {
        while (target.Length > 0 && target[^1] == ' ')
        {
            target.Length--;
        }
    }

    private static void ParagraphBreak(StringBuilder target)
    {
        TrimTrailingSpace(target);
        if (target.Length == 0)
        {
            return;
        }

        if (target[^1] != '\n')
        {
            target.Append("\n\n");
        }
        else if (target.Length < 2 || target[^2] != '\n')
        {
            target.Append('\n');
        }
    }

    private static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
