using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Bench.Measurement;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Search p50/p99 through the product (per store) against a linear scan of the same paragraphs for the same words.
/// On PostgreSQL the CPU per query adds the server backend's.
/// </summary>
public static class SearchSuite
{
    public const int ScanQueries = 20;

    public static async Task RunAsync(BenchContext context, BenchStore store, string connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        IReadOnlyList<string> queries = QueryMaker.Make(context.Archive!, context.Paragraphs, context.Options.Queries, context.Options.Seed);
        // For the search-digest verb (per-query time and results of two builds on the same store).
        await File.WriteAllLinesAsync(Path.Combine(context.Options.WorkFolder, "search-queries.txt"), queries, cancellationToken).ConfigureAwait(false);
        await using ServiceProvider services = StoreServices.Build(store.Provider, connectionString, context.Archive!.Root);
        if (store.IsPostgres)
        {
            // Right after a bulk load the planner has no statistics yet; autovacuum analyzes within about a minute of a
            // load, so a bot is searched with them. The bench does not wait: it analyzes (timed) before searching.
            long analyzing = System.Diagnostics.Stopwatch.GetTimestamp();
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var analyze = new Npgsql.NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            context.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"PostgreSQL search: ANALYZE before searching (as autovacuum does after a load) took {System.Diagnostics.Stopwatch.GetElapsedTime(analyzing).TotalSeconds:0.0} s"));
        }

        var result = await SearchBench.RunAsync(services, store.IsPostgres ? connectionString : null, queries, cancellationToken).ConfigureAwait(false);
        double cpuPerQuery = (result.Cpu + result.ServerCpu).TotalMilliseconds / queries.Count;
        var search = new Percentiles(result.Milliseconds);
        var (scanSamples, _) = LinearScanBaseline.Run(context.Paragraphs, queries.Take(ScanQueries));
        var scan = new Percentiles(scanSamples);
        context.Log($"{store.Name} search p50 {search.P50:0.00} ms p99 {search.P99:0.00} ms, {cpuPerQuery:0.00} ms CPU per query; scan p50 {scan.P50:0.0} ms");
        var cold = new Percentiles(result.FirstPass);
        context.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{store.Name} search: warm-up pass (same queries, first after the store opened) p50 {cold.P50:0.00} ms p99 {cold.P99:0.00} ms; figures are the second pass"));
        context.Notes.Add($"{store.Name} search: {result.Milliseconds.Count(ms => ms > 10)} queries over 10 ms; slowest: " + string.Join(", ", result.Milliseconds
            .Select((ms, i) => (ms, i)).OrderByDescending(s => s.ms).Take(8)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{queries[s.i]} ({s.ms:0.0} ms)"))));
        string scope = string.Create(CultureInfo.InvariantCulture, $"{context.Archive.Bytes / 1_000_000d:0} MB, {context.Paragraphs.Count:N0} paragraphs");
        string group = $"search {store.Name}";
        if (!store.IsPostgres)
        {
            string database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var (name, wall, cpuMs) in SearchBreakdown.Run(database, queries))
            {
                context.Figures.Add(new Figure(group, $"breakdown: {name} p99", wall.P99, "ms")
                {
                    Note = string.Create(CultureInfo.InvariantCulture, $"p50 {wall.P50:0.00} ms; {cpuMs:0.00} ms CPU per query on average"),
                });
            }
        }

        string cpuNote = store.IsPostgres
            ? string.Create(CultureInfo.InvariantCulture, $"{cpuPerQuery:0.00} ms CPU per query (client {result.Cpu.TotalMilliseconds / queries.Count:0.00} + server {result.ServerCpu.TotalMilliseconds / queries.Count:0.00})")
            : string.Create(CultureInfo.InvariantCulture, $"{cpuPerQuery:0.00} ms CPU per query");
        context.Figures.Add(new Figure(group, "p50", search.P50, "ms")
        {
            Baseline = "linear scan p50",
            BaselineValue = scan.P50,
            CpuSeconds = (result.Cpu + result.ServerCpu).TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{cpuNote} on average; {search.Count} queries, {SearchBench.Hits} hits with snippets, {result.Empty} found nothing, {result.Partial} matched only some words; {scope}"),
        });
        context.Figures.Add(new Figure(group, "p99", search.P99, "ms")
        {
            Baseline = "linear scan p99",
            BaselineValue = scan.P99,
            Target = "≤ 10 ms",
            Met = search.P99 <= 10,
            Note = string.Create(CultureInfo.InvariantCulture, $"max {search.Max:0.0} ms; scan over {scan.Count} of the same queries"),
        });
    }

    /// <summary>Without an import in this run: the SQLite store an earlier run left in the work folder.</summary>
    public static Task RunOnPreviousAsync(BenchContext context, string database, CancellationToken cancellationToken) =>
        RunAsync(context, new BenchStore(DatabaseProvider.Sqlite, context.Options.WorkFolder, null), $"Data Source={database}", cancellationToken);
}
