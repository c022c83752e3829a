using System.Globalization;
using System.Text;

namespace StoryBot.Bench.Measurement;

/// <summary>Renders figures as a fixed-width console table (also Markdown-friendly: pipes between columns).</summary>
public static class ResultsTable
{
    public static string Render(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        string[][] rows =
        [
            ["Figure", "Result", "CPU s", "Baseline (same run)", "Target", "Met"],
            .. figures.Select(f => new[]
            {
                $"{f.Group}: {f.Name}",
                Format(f.Value, f.Unit),
                f.CpuSeconds is double cpu ? cpu.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
                f.Baseline is null ? string.Empty : $"{f.Baseline}{(f.BaselineValue is double b ? " " + Format(b, f.Unit) : string.Empty)}",
                f.Target ?? string.Empty,
                f.Met switch { true => "yes", false => "NO", null => string.Empty },
            }),
        ];
        int[] widths = [.. Enumerable.Range(0, 6).Select(c => rows.Max(r => r[c].Length))];
        var text = new StringBuilder();
        for (int r = 0; r < rows.Length; r++)
        {
            text.Append("| ").AppendJoin(" | ", rows[r].Select((cell, c) => cell.PadRight(widths[c]))).Append(" |\n");
            if (r == 0)
            {
                text.Append('|').AppendJoin('|', widths.Select(w => new string('-', w + 2))).Append("|\n");
            }
        }

        return text.ToString();
    }

    public static string Format(double value, string unit)
    {
        if (double.IsNaN(value))
        {
            return "n/a";
        }

        var invariant = CultureInfo.InvariantCulture;
        return unit switch
        {
            "ms" => value.ToString("0.00", invariant) + " ms",
            "s" => value.ToString("0.00", invariant) + " s",
            "MB/s" => value.ToString("0.0", invariant) + " MB/s",
            "MB" => value.ToString("0.0", invariant) + " MB",
            "" => value.ToString("0.##", invariant),
            _ => value.ToString("0.##", invariant) + " " + unit,
        };
    }
}
