using System.Text;

namespace StoryBot.Corpus.Evaluation;

/// <summary>
/// Text whose quotes are hand-labelled inline: <c>"You are late,"{Edmund Carrow} said he.</c> or
/// <c>"You are late," said he.{Edmund Carrow}</c>. A label belongs to the last quote of its paragraph that ends before
/// it and has no label yet; <c>{-}</c> marks a quote with no listed speaker. <see cref="Text"/> is the text without
/// labels; <see cref="Labels"/> are offsets into it, in order.
/// </summary>
public sealed record LabelledText(string Text, IReadOnlyList<KeyValuePair<int, string?>> Labels)
{
    /// <summary>Strips the labels. <exception cref="FormatException">An unclosed <c>{</c>.</exception></summary>
    public static LabelledText Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        marked = marked.Replace("\r\n", "\n", StringComparison.Ordinal);
        var text = new StringBuilder(marked.Length);
        var labels = new List<KeyValuePair<int, string?>>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(marked, i, marked.Length - i);
                break;
            }

            var close = marked.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"unclosed label at offset {open}");
            }

            text.Append(marked, i, open - i);
            var label = marked[(open + 1)..close].Trim();
            labels.Add(new(text.Length, label == "-" ? null : label));
            i = close + 1;
        }

        return new LabelledText(text.ToString(), labels);
    }
}
