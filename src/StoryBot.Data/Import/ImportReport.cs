using System.Globalization;

namespace StoryBot.Data.Import;

/// <summary>The outcome of one import run, per file, with totals and throughput.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files, IReadOnlyList<string> Warnings, TimeSpan Elapsed)
{
    public int Imported => Count(ImportOutcome.Imported) + Count(ImportOutcome.Replaced);

    public int Skipped => Count(ImportOutcome.Skipped) + Count(ImportOutcome.Moved);

    public int Failed => Count(ImportOutcome.Failed);

    public int Pruned => Count(ImportOutcome.Pruned);

    /// <summary>Bytes of the files that were parsed and written (skipped files excluded).</summary>
    public long BytesImported => Files
        .Where(f => f.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced)
        .Sum(f => f.Bytes);

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesImported / 1_000_000d / Elapsed.TotalSeconds : 0;

    public IEnumerable<ImportFileResult> Failures => Files.Where(f => f.Outcome == ImportOutcome.Failed);

    /// <summary>"5 imported, 0 skipped, 1 failed, 0 pruned in 0.4 s (3.1 MB, 7.8 MB/s)".</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Imported} imported, {Skipped} skipped, {Failed} failed, {Pruned} pruned in {Elapsed.TotalSeconds:0.0} s ({BytesImported / 1_000_000d:0.0} MB, {MegabytesPerSecond:0.0} MB/s)");

    private int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
