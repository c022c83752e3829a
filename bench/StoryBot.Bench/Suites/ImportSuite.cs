using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Generates the corpora, then, per store (SQLite, PostgreSQL), measures each corpus imported into an EMPTY store and
/// into a NON-EMPTY one, each beside its floor taken just before it in the same state: with both corpora, sequence 1 is
/// archive → empty, then long-form → store holding the archive; sequence 2 the other way round. With one corpus,
/// sequence 1 is the corpus → empty and sequence 2 its cast folders 0–3 → empty, then 4–7 → store holding 0–3. Every
/// import runs in a child process (its own peak working set, GC counts; the product's LOH threshold of 2 MB).
/// After the primary corpus lands in an empty store, <c>afterPrimary</c> runs (search on that store).
/// </summary>
public static class ImportSuite
{
    public const string RaisedLoh = "0x200000";

    public static async Task GenerateAsync(BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SeedCorpus seeds = SeedCorpus.Load(context.SeedFolder);
        foreach (string name in BenchOptionsCorpora(context))
        {
            string root = Path.Combine(context.Options.WorkFolder, string.Create(CultureInfo.InvariantCulture, $"{name}-{context.Options.Seed}-{context.Options.SizeMegabytes:0.###}mb"));
            context.Log($"generating {name}: {context.Options.SizeMegabytes} MB from {seeds.Bytes:N0} seed bytes into {root}");
            GeneratedArchive archive = name == "longform"
                ? new LongformGenerator(seeds, context.Options.Seed).Generate(root, context.Options.SizeBytes)
                : new ArchiveGenerator(seeds, context.Options.Seed).Generate(root, context.Options.SizeBytes);
            string what = name == "longform" ? "works in one file each" : "chapter files";
            context.Log($"generated {archive.Files.Count:N0} files, {archive.Bytes:N0} bytes in {archive.Elapsed.TotalSeconds:0.0} s");
            var (elapsed, cpu, gc, paragraphs, quotes, attributed, chapters) = ArchiveText.ParseAndAttribute(archive);
            var corpus = new BenchCorpus(name, archive, paragraphs);
            context.Corpora.Add(corpus);
            long paragraphCount = paragraphs.Sum(p => (long)p.Length);
            context.Figures.Add(new Figure("corpus", $"{name}: {archive.Files.Count:N0} {what}, {chapters:N0} chapters, {archive.Stories:N0} stories", archive.Bytes / 1_000_000d, "MB")
            {
                Note = string.Create(CultureInfo.InvariantCulture, $"{archive.Elapsed.TotalSeconds:0.0} s to write; {paragraphCount:N0} paragraphs ({paragraphs.Sum(p => p.Sum(t => (long)t.Length)) / (double)Math.Max(1, paragraphCount):0} chars each), {quotes:N0} quotes"),
            });
            context.Figures.Add(new Figure("import", $"{name}: breakdown: parse + attribute only (parallel, no store)", Mbps(archive.Bytes, elapsed), "MB/s")
            {
                CpuSeconds = cpu.TotalSeconds,
                Note = string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.00} s; {chapters:N0} chapters, {paragraphCount:N0} paragraphs, {quotes:N0} quotes, {attributed:N0} attributed; {gc}"),
            });
            var (decode, decodeCpu) = ArchiveText.ReadAndDecode(archive);
            context.Figures.Add(new Figure("import", $"{name}: baseline: read + decode (parallel)", Mbps(archive.Bytes, decode), "MB/s")
            {
                CpuSeconds = decodeCpu.TotalSeconds,
                Note = string.Create(CultureInfo.InvariantCulture, $"{decode.TotalSeconds:0.00} s"),
            });
        }

        BenchCorpus primary = context.Corpora[0];
        context.Archive = primary.Archive;
        context.Paragraphs = primary.Whole.Paragraphs;
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public static async Task RunAsync(BenchContext context, IReadOnlyList<BenchStore> stores, Func<BenchStore, string, Task> afterPrimary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(afterPrimary);
        List<List<CorpusPart>> sequences = Plan(context.Corpora);
        CorpusPart primary = sequences[0][0];
        foreach (BenchStore store in stores)
        {
            string prefix = store.IsPostgres ? "pg" : "sqlite";
            string floor = $"{prefix}-floor";
            if (store.IsPostgres)
            {
                // The floor table lives in a database the product migrated, so it uses the product's text search configuration.
                await store.ResetAsync(floor, cancellationToken).ConfigureAwait(false);
                await using var services = StoreServices.Build(store.Provider, store.ConnectionString(floor), context.Options.WorkFolder);
                await services.GetRequiredService<StoryDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            for (int s = 0; s < sequences.Count; s++)
            {
                List<CorpusPart> sequence = sequences[s];
                var floors = await FloorsAsync(context, store, floor, sequence, cancellationToken).ConfigureAwait(false);
                string label = string.Create(CultureInfo.InvariantCulture, $"{prefix}-import-{s + 1}");
                await store.ResetAsync(label, cancellationToken).ConfigureAwait(false);
                for (int i = 0; i < sequence.Count; i++)
                {
                    CorpusPart part = sequence[i];
                    ImportRun run = await ImportInChildAsync(context, store, label, part, cancellationToken).ConfigureAwait(false);
                    var step = new ImportStep(store, part, i == 0 ? null : sequence[i - 1].Label, run, floors[i].Wall, floors[i].Cpu, floors[i].Server);
                    context.ImportSteps.Add(step);
                    context.Log($"{store.Name}: {part.Label} into {step.State}: {step.MegabytesPerSecond:0.0} MB/s, {run.Seconds:0.00} s, CPU {step.CpuSeconds:0.00} s; floor {step.FloorMegabytesPerSecond:0.0} MB/s ({step.RatioToFloor:0.00}×)");
                    if (run.FirstFailure is not null)
                    {
                        context.Notes.Add($"{store.Name} import of {part.Label}: first failure: {run.FirstFailure}");
                    }

                    if (ReferenceEquals(part, primary))
                    {
                        await afterPrimary(store, label).ConfigureAwait(false);
                    }
                }

                await store.DropAsync(label, cancellationToken).ConfigureAwait(false);
            }

            await store.DropAsync(floor, cancellationToken).ConfigureAwait(false);
        }

        foreach (ImportStep step in context.ImportSteps)
        {
            ImportStep? sqlite = context.ImportSteps.FirstOrDefault(o => !o.Store.IsPostgres && o.Part.Label == step.Part.Label && o.Holding == step.Holding);
            context.Figures.Add(step.ToFigure(sqlite));
        }

        var table = new StringBuilder();
        table.Append("Import, side by side (floor = same paragraphs into a bare FTS5 table / one binary COPY into a table with the generated tsvector + GIN, same state, same run; CPU s = client + server):\n\n");
        table.Append(ImportStep.Header).Append('\n');
        foreach (ImportStep step in context.ImportSteps.OrderBy(s => s.Part.Label, StringComparer.Ordinal).ThenBy(s => s.Holding is not null).ThenBy(s => s.Store.IsPostgres))
        {
            table.Append("| ").Append(step.Row).Append('\n');
        }

        context.Tables.Add(table.ToString());
    }

    /// <summary>Both corpora: [archive, long-form] and [long-form, archive]; one: [all] and [casts 0–3, casts 4–7].</summary>
    public static List<List<CorpusPart>> Plan(IReadOnlyList<BenchCorpus> corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        if (corpora.Count >= 2)
        {
            return [[corpora[0].Whole, corpora[1].Whole], [corpora[1].Whole, corpora[0].Whole]];
        }

        BenchCorpus only = corpora[0];
        return [[only.Whole], [only.Casts(0, 3, $"{only.Name} casts 0–3"), only.Casts(4, 7, $"{only.Name} casts 4–7")]];
    }

    private static async Task<List<(TimeSpan Wall, TimeSpan Cpu, TimeSpan Server)>> FloorsAsync(
        BenchContext context, BenchStore store, string floor, List<CorpusPart> sequence, CancellationToken cancellationToken)
    {
        var floors = new List<(TimeSpan, TimeSpan, TimeSpan)>();
        if (store.IsPostgres)
        {
            await PostgresCopyBaseline.CreateAsync(store.ConnectionString(floor), cancellationToken).ConfigureAwait(false);
            int id = 1;
            foreach (CorpusPart part in sequence)
            {
                var (wall, cpu, server) = await PostgresCopyBaseline.InsertAsync(part.Paragraphs, id, store.ConnectionString(floor), cancellationToken).ConfigureAwait(false);
                id += part.Paragraphs.Count;
                floors.Add((wall, cpu, server));
                context.Log($"{store.Name} floor (COPY + GIN) {part.Label}: {wall.TotalSeconds:0.00} s, client CPU {cpu.TotalSeconds:0.00} s, server CPU {server.TotalSeconds:0.00} s");
            }

            return floors;
        }

        string file = store.FilePath(floor);
        NaiveFtsBaseline.Create(file);
        foreach (CorpusPart part in sequence)
        {
            var (wall, cpu) = NaiveFtsBaseline.Insert(part.Paragraphs, file);
            floors.Add((wall, cpu, TimeSpan.Zero));
            context.Log($"{store.Name} floor (bare FTS5) {part.Label}: {wall.TotalSeconds:0.00} s, CPU {cpu.TotalSeconds:0.00} s");
        }

        BenchStore.DeleteFiles(file);
        return floors;
    }

    private static async Task<ImportRun> ImportInChildAsync(BenchContext context, BenchStore store, string label, CorpusPart part, CancellationToken cancellationToken)
    {
        context.Log($"{store.Name}: importing {part.Label} ({part.Bytes / 1_000_000d:0.0} MB) in a child process …");
        string output = await ChildProcess.RunSelfAsync(
                ["child-import", store.Provider.ToString(), store.ConnectionString(label), part.Root, .. part.Paths],
                new Dictionary<string, string> { ["DOTNET_GCLOHThreshold"] = RaisedLoh },
                cancellationToken)
            .ConfigureAwait(false);
        string json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{'));
        return JsonSerializer.Deserialize<ImportRun>(json) ?? throw new InvalidOperationException("The import child printed no result.");
    }

    private static IEnumerable<string> BenchOptionsCorpora(BenchContext context) =>
        Cli.BenchOptions.AllCorpora.Where(context.Options.Corpora.Contains);

    private static double Mbps(long bytes, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? bytes / 1_000_000d / elapsed.TotalSeconds : double.NaN;
}
