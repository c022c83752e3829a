using System.Diagnostics.Metrics;

namespace StoryBot.Data.Import;

/// <summary>Import instruments (meter <c>StoryBot.Data</c>): bytes and files imported, by outcome.</summary>
public static class ImportMetrics
{
    /// <summary>The meter name exporters subscribe to.</summary>
    public const string MeterName = "StoryBot.Data";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Bytes = Meter.CreateCounter<long>("storybot.import.bytes", "By", "Bytes of chapter files parsed and written.");
    private static readonly Counter<long> Files = Meter.CreateCounter<long>("storybot.import.files", "{file}", "Chapter files seen by imports, by outcome.");

    /// <summary>Adds one import run's totals.</summary>
    public static void Record(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Bytes.Add(report.BytesImported);
        foreach (var group in report.Files.GroupBy(f => f.Outcome))
        {
            Files.Add(group.Count(), new KeyValuePair<string, object?>("outcome", group.Key.ToString().ToLowerInvariant()));
        }
    }
}
