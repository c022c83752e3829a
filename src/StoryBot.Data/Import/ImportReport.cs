using System.Globalization;

namespace StoryBot.Data.Import;

/// <summary>The outcome of one import run, per file, with totals and throughput.</summary>
public sealed record ImportReport(IReadOnlyList<ImportFileResult> Files, IReadOnlyList<string> Warnings, TimeSpan Elapsed)
{
    /// <summary>Files stored: new chapters and replaced ones (see <see cref="Replaced"/> for the second alone).</summary>
    public int Imported => Count(ImportOutcome.Imported) + Count(ImportOutcome.Replaced);

    /// <summary>Changed files whose chapter was replaced.</summary>
    public int Replaced => Count(ImportOutcome.Replaced);

    /// <summary>Files whose chapter now points at them (the same text was stored from a path that is gone).</summary>
    public int Moved => Count(ImportOutcome.Moved);

    public int Skipped => Count(ImportOutcome.Skipped);

    public int Failed => Count(ImportOutcome.Failed);

    public int Pruned => Count(ImportOutcome.Pruned);

    /// <summary>Bytes of the files that were parsed and written (skipped files excluded).</summary>
    public long BytesImported => Files
        .Where(f => f.Outcome is ImportOutcome.Imported or ImportOutcome.Replaced)
        .Sum(f => f.Bytes);

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesImported / 1_000_000d / Elapsed.TotalSeconds : 0;

    public IEnumerable<ImportFileResult> Failures => Files.Where(f => f.Outcome == ImportOutcome.Failed);

    /// <summary>
    /// "4 imported, 1 replaced, 0 moved, 0 skipped, 1 failed, 0 pruned in 0.4 s (3.1 MB, 7.8 MB/s)": each file counted
    /// once, under what happened to it (MB are 1,000,000 bytes, as in the throughput figures).
    /// </summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Imported - Replaced} imported, {Replaced} replaced, {Moved} moved, {Skipped} skipped, {Failed} failed, {Pruned} pruned in {Elapsed.TotalSeconds:0.0} s ({BytesImported / 1_000_000d:0.0} MB, {MegabytesPerSecond:0.0} MB/s)");

    private int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
