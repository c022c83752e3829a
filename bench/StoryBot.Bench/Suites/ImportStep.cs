using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// One measured import: a part into a store that was empty (<see cref="Holding"/> null) or already held another part,
/// beside the floor for the same paragraphs into the same state (bare FTS5 insert, or COPY + GIN).
/// </summary>
public sealed record ImportStep(BenchStore Store, CorpusPart Part, string? Holding, ImportRun Run, TimeSpan FloorWall, TimeSpan FloorCpu, TimeSpan FloorServerCpu)
{
    public double MegabytesPerSecond => Part.Bytes / 1_000_000d / Run.Seconds;

    public double FloorMegabytesPerSecond => Part.Bytes / 1_000_000d / FloorWall.TotalSeconds;

    /// <summary>Import time over floor time (1.5 = the import takes half as long again as its floor).</summary>
    public double RatioToFloor => Run.Seconds / FloorWall.TotalSeconds;

    /// <summary>Client + server CPU seconds.</summary>
    public double CpuSeconds => Run.CpuSeconds + Run.ServerCpuSeconds;

    public double FloorCpuSeconds => (FloorCpu + FloorServerCpu).TotalSeconds;

    public string State => Holding is null ? "empty store" : $"store holding {Holding}";

    public string FloorName => Store.IsPostgres ? "COPY + GIN" : "bare FTS5";

    public string Row => string.Format(System.Globalization.CultureInfo.InvariantCulture,
        "{0,-22} | {1,-36} | {2,-10} | {3,6:0.0} MB/s | {4,7:0.00} s | {5,7:0.00} | {6,6:0.0} MB/s | {7,6:0.00} s | {8,6:0.00} | {9,5:0.00}× |",
        Part.Label, State, Store.Name, MegabytesPerSecond, Run.Seconds, CpuSeconds, FloorMegabytesPerSecond, FloorWall.TotalSeconds, FloorCpuSeconds, RatioToFloor);

    public const string Header =
        "| Corpus                 | Into                                 | Store      | Import      | Seconds   | CPU s   | Floor       | Floor s  | Fl. CPU | Ratio  |\n" +
        "|------------------------|--------------------------------------|------------|-------------|-----------|---------|-------------|----------|---------|--------|";

    public Figure ToFigure(ImportStep? sqlite)
    {
        bool sqliteMet = MegabytesPerSecond >= 25 && RatioToFloor <= 1.5;
        return new Figure($"import {Store.Name}", $"{Part.Label} into {State}", MegabytesPerSecond, "MB/s")
        {
            Baseline = FloorName,
            BaselineValue = FloorMegabytesPerSecond,
            CpuSeconds = CpuSeconds,
            Target = Store.IsPostgres ? "≥ SQLite" : "≥ 25 MB/s, ≤ 1.5× floor",
            Met = Store.IsPostgres ? (sqlite is null ? null : MegabytesPerSecond >= sqlite.MegabytesPerSecond) : sqliteMet,
            Note = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "{0:0.00} s ({1:0.00}× the floor's {2:0.00} s); CPU {3:0.00} s{4}; floor CPU {5:0.00} s{6}; {7} files, {8} failed; +{9:N0} paragraphs (store held {10:N0}), +{11:N0} lines ({12:N0} attributed); store {13:0} MB; peak {14:0} MB; {15:0.0} GB allocated, gen0/1/2 {16}/{17}/{18}",
                Run.Seconds, RatioToFloor, FloorWall.TotalSeconds, CpuSeconds,
                Store.IsPostgres ? string.Format(System.Globalization.CultureInfo.InvariantCulture, " (client {0:0.00} + server {1:0.00})", Run.CpuSeconds, Run.ServerCpuSeconds) : string.Empty,
                FloorCpuSeconds,
                Store.IsPostgres ? string.Format(System.Globalization.CultureInfo.InvariantCulture, " (client {0:0.00} + server {1:0.00})", FloorCpu.TotalSeconds, FloorServerCpu.TotalSeconds) : string.Empty,
                Run.Imported, Run.Failed, Run.Paragraphs, Run.ParagraphsBefore, Run.DialogueLines, Run.AttributedLines, Run.DatabaseBytes / 1_000_000d,
                Run.PeakWorkingSet / 1_000_000d, Run.AllocatedBytes / 1_000_000_000d, Run.Gen0, Run.Gen1, Run.Gen2),
        };
    }
}
