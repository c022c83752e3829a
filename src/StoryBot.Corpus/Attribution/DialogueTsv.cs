using System.Globalization;
using System.Text;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// The <c>dialogue</c> command's output: one line per quote, <c>start end speaker confidence kind text</c>, offsets in
/// UTF-16 code units into the decoded text, the span including its quote marks.
/// </summary>
public static class DialogueTsv
{
    public const string Header = "start\tend\tspeaker\tconfidence\tkind\ttext";

    public static void Write(TextWriter writer, IEnumerable<AttributedLine> lines)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lines);
        writer.Write(Header);
        writer.Write('\n');
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Clear();
            AppendLine(builder, line);
            writer.Write(builder);
            writer.Write('\n');
        }
    }

    public static string Format(IEnumerable<AttributedLine> lines)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, lines);
        return writer.ToString();
    }

    public static void AppendLine(StringBuilder builder, AttributedLine line)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(line);
        var range = line.Quote.Range;
        builder.Append(range.Start.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(range.End.ToString(CultureInfo.InvariantCulture)).Append('\t');
        AppendClean(builder, line.Speaker ?? string.Empty);
        builder.Append('\t').Append(Math.Round(line.Confidence, 2).ToString("0.##", CultureInfo.InvariantCulture)).Append('\t')
            .Append(line.Kind == DialogueKind.Thought ? "thought" : "speech").Append('\t');
        AppendClean(builder, line.Quote.Text);
    }

    /// <summary>Tabs and line breaks become single spaces so each quote stays on one TSV line.</summary>
    private static void AppendClean(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            builder.Append(c is '\t' or '\n' or '\r' or '\u2028' or '\u2029' ? ' ' : c);
        }
    }
}
