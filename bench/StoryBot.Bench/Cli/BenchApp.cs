using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;
using StoryBot.Bench.Suites;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Cli;

/// <summary>
/// <c>dotnet run -c Release --project bench/StoryBot.Bench -- [options]</c>: generates the archive, runs the chosen
/// suites (each figure beside its same-run baseline), prints a table and writes JSON.
/// </summary>
public static class BenchApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["child-import", .. var rest] && rest.Length >= 4)
        {
            return await ImportWorker.RunAsync(rest, cancellationToken).ConfigureAwait(false);
        }

        if (args is ["stage-profile", string folder, string profileDb, ..] && args.Length <= 4)
        {
            int passes = args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2;
            return await StageProfile.RunAsync(folder, profileDb, passes, cancellationToken).ConfigureAwait(false);
        }

        if (args is ["attribution-digest", string digestFolder, .. var digestRest])
        {
            int passes = digestRest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != DumpTarget(digestRest)) is { } p
                ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 1;
            return AttributionDigest.Run(digestFolder, passes, digestRest.Contains("--discover"), DumpTarget(digestRest), cancellationToken);
        }

        if (args is ["search-digest", string digestProvider, string digestConnection, string queriesFile, string digestOut, ..] && args.Length <= 7)
        {
            int passes = args.Length >= 6 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 3;
            bool cold = args.Length == 7 && args[6] == "cold";
            return await SearchDigest.RunAsync(digestProvider, digestConnection, queriesFile, digestOut, passes, cold, cancellationToken).ConfigureAwait(false);
        }

        if (args is ["parse-digest", string parseFolder, .. var parseRest])
        {
            return ParseDigest.Run(parseFolder, DumpTarget(parseRest), cancellationToken);
        }

        if (args is ["parse-attribute", string parallelFolder] && Directory.Exists(parallelFolder))
        {
            // The import suite's "parse + attribute only (parallel, no store)" breakdown, on a corpus already generated.
            string[] corpus = [.. Directory.EnumerateFiles(parallelFolder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
            var archive = new GeneratedArchive(parallelFolder, corpus, corpus.Sum(f => new FileInfo(f).Length), 0, [], [], TimeSpan.Zero);
            string loadBefore = MachineInfo.Load();
            var (elapsed, cpu, gc, _, quotes, attributed, chapters) = ArchiveText.ParseAndAttribute(archive);
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"parse + attribute (parallel, no store): {elapsed.TotalSeconds:0.00} s, {cpu.TotalSeconds:0.00} CPU s; {chapters:N0} chapters, {quotes:N0} quotes, {attributed:N0} attributed; {gc}; load {loadBefore} -> {MachineInfo.Load()}"));
            return 0;
        }

        if (args is ["generate", "archive" or "longform", string megabytes, string root, ..] && args.Length <= 5)
        {
            ulong seed = args.Length == 5 ? ulong.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1;
            GeneratedArchive generated = GenerateCorpus.Run(args[1], double.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture), root, seed, RepositoryRoot());
            Console.WriteLine($"{generated.Files.Count:N0} files, {generated.Bytes:N0} bytes in {generated.Root}");
            return 0;
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }

        var context = new BenchContext(options, RepositoryRoot());
        Directory.CreateDirectory(options.WorkFolder);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        MachineInfo before = MachineInfo.Now();
        context.Log($"machine: {before}");
        if (options.NeedsArchive)
        {
            await ImportSuite.GenerateAsync(context).ConfigureAwait(false);
        }

        await RunSuitesAsync(context, cancellationToken).ConfigureAwait(false);
        return await ReportAsync(context, before, started, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunSuitesAsync(BenchContext context, CancellationToken cancellationToken)
    {
        BenchOptions options = context.Options;
        bool needsStore = options.Runs("import") || options.Runs("search") || options.Runs("excerpt") || options.Runs("trivia") || options.Runs("interaction");
        string previous = Path.Combine(options.WorkFolder, "storybot.db");
        if (needsStore && !options.Runs("import") && File.Exists(previous))
        {
            // Development convenience: without "import" in --only, the SQLite store a previous run imported is reused.
            context.Database = previous;
            context.Notes.Add($"import not run: reused {previous} from an earlier run (SQLite only)");
            if (options.Runs("search"))
            {
                await GuardAsync(context, "search", () => SearchSuite.RunOnPreviousAsync(context, previous, cancellationToken)).ConfigureAwait(false);
                if (options.SearchPostgres is { } database && options.Postgres is { } server)
                {
                    var store = new BenchStore(DatabaseProvider.Postgres, options.WorkFolder, server);
                    string connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = true }.ToString();
                    context.Notes.Add($"import not run: searched the existing PostgreSQL database {database}");
                    await GuardAsync(context, "search (PostgreSQL)", () => SearchSuite.RunAsync(context, store, connection, cancellationToken)).ConfigureAwait(false);
                }
            }
        }
        else if (needsStore)
        {
            BenchStore[] stores = [.. options.StoreList.Select(name => new BenchStore(
                name == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, options.WorkFolder, options.Postgres))];
            if (!stores.Any(s => s.IsPostgres))
            {
                context.Notes.Add("PostgreSQL not measured: no server (pass --postgres or eval \"$(.ci/postgres start)\")");
            }

            await GuardAsync(context, "import", () => ImportSuite.RunAsync(context, stores, async (store, label) =>
            {
                if (!store.IsPostgres)
                {
                    // The SQLite store holding the primary corpus alone is kept for the excerpt, trivia and bot suites.
                    BenchStore.DeleteFiles(previous);
                    File.Copy(store.FilePath(label), previous);
                    if (File.Exists(store.FilePath(label) + "-wal"))
                    {
                        File.Copy(store.FilePath(label) + "-wal", previous + "-wal");
                    }

                    context.Database = previous;
                }

                if (options.Runs("search"))
                {
                    await GuardAsync(context, $"search ({store.Name})", () => SearchSuite.RunAsync(context, store, store.ConnectionString(label), cancellationToken)).ConfigureAwait(false);
                }
            }, cancellationToken)).ConfigureAwait(false);
        }

        if (options.Runs("excerpt"))
        {
            await GuardAsync(context, "excerpt", () => FeatureSuite.RunExcerptAsync(context, cancellationToken)).ConfigureAwait(false);
        }

        if (options.Runs("trivia"))
        {
            await GuardAsync(context, "trivia", () => FeatureSuite.RunTriviaAsync(context, cancellationToken)).ConfigureAwait(false);
        }

        if (options.Runs("interaction") || options.Runs("start"))
        {
            await GuardAsync(context, "interaction", () => InteractionSuite.RunAsync(context, options.Runs("interaction"), cancellationToken)).ConfigureAwait(false);
        }

        if (options.Runs("interaction-scale"))
        {
            await GuardAsync(context, "interaction-scale", () => InteractionScaleSuite.RunAsync(context, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <summary>A suite that fails becomes a note; the others still run and the results are still written.</summary>
    private static async Task GuardAsync(BenchContext context, string suite, Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string first = ex.ToString().Split('\n')[0];
            context.Log($"{suite} failed: {ex}");
            context.Notes.Add($"{suite} suite failed: {(first.Length > 2000 ? first[..2000] : first)}");
        }
    }

    private static async Task<int> ReportAsync(BenchContext context, MachineInfo before, DateTimeOffset started, CancellationToken cancellationToken)
    {
        BenchOptions options = context.Options;

        string loadAfter = MachineInfo.Load();
        string table = ResultsTable.Render(context.Figures);
        Console.WriteLine();
        Console.WriteLine($"StoryBot benchmarks — {before with { LoadAverage = $"{before.LoadAverage} → {loadAfter}" }}");
        Console.WriteLine(table);
        foreach (Figure figure in context.Figures.Where(f => f.Note is not null))
        {
            Console.WriteLine($"- {figure.Group}: {figure.Name}: {figure.Note}");
        }

        foreach (string extra in context.Tables)
        {
            Console.WriteLine();
            Console.WriteLine(extra);
        }

        foreach (string note in context.Notes)
        {
            Console.WriteLine($"- {note}");
        }

        await ResultsFile.WriteAsync(options.Output, new
        {
            started,
            finished = DateTimeOffset.UtcNow,
            machine = before,
            loadAverageAfter = loadAfter,
            options = new { options.SizeMegabytes, options.Seed, corpora = options.Corpora.Order(StringComparer.Ordinal), stores = options.StoreList, only = options.Only.Order(StringComparer.Ordinal), options.Queries, options.Rate, options.Seconds, options.Burst, options.ScaleRates },
            figures = context.Figures,
            imports = context.ImportSteps.Select(s => new
            {
                store = s.Store.Name, corpus = s.Part.Label, into = s.State, megabytes = s.Part.Bytes / 1_000_000d, s.MegabytesPerSecond, s.Run.Seconds, s.CpuSeconds,
                clientCpuSeconds = s.Run.CpuSeconds, s.Run.ServerCpuSeconds, floorSeconds = s.FloorWall.TotalSeconds, s.FloorMegabytesPerSecond, s.FloorCpuSeconds, s.RatioToFloor,
                s.Run.PeakWorkingSet, s.Run.Paragraphs, s.Run.Failed,
            }),
            notes = context.Notes,
        }, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Results written to {Path.GetFullPath(options.Output)}");
        return 0;
    }

    private static string? DumpTarget(string[] rest) => Array.IndexOf(rest, "--dump") is int at and >= 0 && at + 1 < rest.Length ? rest[at + 1] : null;

    /// <summary>The folder holding Bot.sln, from the working directory or the executable upwards.</summary>
    private static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
