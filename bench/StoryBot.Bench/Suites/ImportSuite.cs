using System.Globalization;
using System.Text.Json;
using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Generates the archive, then measures in this order: read + decode (baseline), parse + attribute (breakdown), a bare
/// FTS5 bulk insert of the same paragraphs (baseline), and the product's import in a child process — once with the
/// default large-object-heap threshold and once with it raised to 2 MB — each child's peak working set included.
/// </summary>
public static class ImportSuite
{
    public const string DefaultLoh = "0x14C08";
    public const string RaisedLoh = "0x200000";

    public static async Task GenerateAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SeedCorpus corpus = SeedCorpus.Load(context.SeedFolder);
        string root = Path.Combine(context.Options.WorkFolder, string.Create(CultureInfo.InvariantCulture, $"archive-{context.Options.Seed}-{context.Options.SizeMegabytes:0.###}mb"));
        context.Log($"generating {context.Options.SizeMegabytes} MB from {corpus.Bytes:N0} seed bytes into {root}");
        GeneratedArchive archive = new ArchiveGenerator(corpus, context.Options.Seed).Generate(root, context.Options.SizeBytes);
        context.Archive = archive;
        context.Figures.Add(new Figure("archive", $"generated ({archive.Files.Count:N0} chapters, {archive.Stories:N0} stories)", archive.Bytes / 1_000_000d, "MB")
        {
            Note = string.Create(CultureInfo.InvariantCulture, $"{archive.Elapsed.TotalSeconds:0.0} s to write"),
        });
        context.Log($"generated {archive.Files.Count:N0} files, {archive.Bytes:N0} bytes in {archive.Elapsed.TotalSeconds:0.0} s");
        var (elapsed, cpu, gc, paragraphs, quotes, attributed) = ArchiveText.ParseAndAttribute(archive);
        context.Paragraphs = paragraphs;
        context.Figures.Add(new Figure("import", "breakdown: parse + attribute only (parallel, no store)", Mbps(archive.Bytes, elapsed), "MB/s")
        {
            CpuSeconds = cpu.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s; {paragraphs.Count:N0} paragraphs, {quotes:N0} quotes, {attributed:N0} attributed; {gc}"),
        });
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        GeneratedArchive archive = context.Archive ?? throw new InvalidOperationException("Generate the archive first.");
        double megabytes = archive.Bytes / 1_000_000d;

        var (decode, decodeCpu) = ArchiveText.ReadAndDecode(archive);
        context.Log($"read + decode {decode.TotalSeconds:0.00} s");
        string bare = Path.Combine(context.Options.WorkFolder, "bare-fts5.db");
        var (naive, naiveCpu) = NaiveFtsBaseline.Run(context.Paragraphs, bare);
        context.Log($"bare FTS5 insert {naive.TotalSeconds:0.00} s");
        context.Figures.Add(new Figure("import", "baseline: read + decode (parallel)", Mbps(archive.Bytes, decode), "MB/s")
        {
            CpuSeconds = decodeCpu.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture, $"{decode.TotalSeconds:0.00} s"),
        });
        context.Figures.Add(new Figure("import", "baseline: bare FTS5 bulk insert, 1 transaction", Mbps(archive.Bytes, naive), "MB/s")
        {
            CpuSeconds = naiveCpu.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture, $"{naive.TotalSeconds:0.00} s for {context.Paragraphs.Count:N0} paragraphs, {context.Paragraphs.Sum(p => (long)p.Length) / 1_000_000d:0} M chars"),
        });

        string database = Path.Combine(context.Options.WorkFolder, "storybot.db");
        ImportRun raised = await ImportInChildAsync(context, archive.Root, Path.Combine(context.Options.WorkFolder, "storybot-loh.db"), RaisedLoh, cancellationToken).ConfigureAwait(false);
        ImportRun standard = await ImportInChildAsync(context, archive.Root, database, DefaultLoh, cancellationToken).ConfigureAwait(false);
        context.Database = database;
        foreach (var (run, label) in new[] { (standard, "default GC"), (raised, "GCLOHThreshold 2 MB") })
        {
            context.Figures.Add(new Figure("import", $"parse + attribute + store + index ({label})", run.MegabytesPerSecond, "MB/s")
            {
                Baseline = "bare FTS5",
                BaselineValue = Mbps(archive.Bytes, naive),
                Target = "≥ 25 MB/s",
                Met = run.MegabytesPerSecond >= 25,
                CpuSeconds = run.CpuSeconds,
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"LOH threshold {run.LohThreshold} bytes; {run.Seconds:0.00} s (+{run.MigrateSeconds:0.00} s migrate); {run.Imported:N0} files, {run.Failed} failed; {run.Paragraphs:N0} paragraphs, {run.DialogueLines:N0} lines ({run.AttributedLines:N0} attributed); db {run.DatabaseBytes / 1_000_000d:0} MB; gen0/1/2 {run.Gen0}/{run.Gen1}/{run.Gen2}, {run.AllocatedBytes / 1_000_000_000d:0.0} GB allocated, {run.GcPauseMilliseconds:0} ms GC pause; JIT {run.JitMilliseconds:0} ms for {run.JitMethods:N0} methods"),
            });
            context.Figures.Add(new Figure("import", $"seconds ({label})", run.Seconds, "s") { Baseline = "read + decode", BaselineValue = decode.TotalSeconds });
            context.Figures.Add(new Figure("memory", $"peak working set, import of {megabytes:0} MB ({label})", run.PeakWorkingSet / 1_000_000d, "MB")
            {
                Target = "≤ 150 MB",
                Met = run.PeakWorkingSet <= 150_000_000,
            });
            if (run.FirstFailure is not null)
            {
                context.Notes.Add($"import ({label}) first failure: {run.FirstFailure}");
            }
        }
    }

    private static async Task<ImportRun> ImportInChildAsync(BenchContext context, string archive, string database, string loh, CancellationToken cancellationToken)
    {
        context.Log($"import in a child process (DOTNET_GCLOHThreshold={loh}) …");
        string output = await ChildProcess.RunSelfAsync(["child-import", archive, database], new Dictionary<string, string> { ["DOTNET_GCLOHThreshold"] = loh }, cancellationToken)
            .ConfigureAwait(false);
        string json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{'));
        ImportRun run = JsonSerializer.Deserialize<ImportRun>(json) ?? throw new InvalidOperationException("The import child printed no result.");
        context.Log($"import: {run.Summary}; peak {run.PeakWorkingSet / 1_000_000d:0} MB");
        return run;
    }

    private static double Mbps(long bytes, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? bytes / 1_000_000d / elapsed.TotalSeconds : double.NaN;
}
