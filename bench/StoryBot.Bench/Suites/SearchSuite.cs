using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>Search p50/p99 through the product against a linear scan of the same paragraphs for the same words.</summary>
public static class SearchSuite
{
    public const int ScanQueries = 20;

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string database = context.Database ?? throw new InvalidOperationException("Import first.");
        IReadOnlyList<string> queries = QueryMaker.Make(context.Archive!, context.Paragraphs, context.Options.Queries, context.Options.Seed);
        await using ServiceProvider services = StoreServices.Build(database, context.Archive!.Root);
        var (samples, empty, cpu) = await SearchBench.RunAsync(services, queries, cancellationToken).ConfigureAwait(false);
        double cpuPerQuery = cpu.TotalMilliseconds / queries.Count;
        var search = new Percentiles(samples);
        var (scanSamples, _) = LinearScanBaseline.Run(context.Paragraphs, queries.Take(ScanQueries));
        var scan = new Percentiles(scanSamples);
        context.Log($"search p50 {search.P50:0.00} ms p99 {search.P99:0.00} ms; scan p50 {scan.P50:0.0} ms");
        string scope = string.Create(CultureInfo.InvariantCulture, $"{context.Archive.Bytes / 1_000_000d:0} MB, {context.Paragraphs.Count:N0} paragraphs");
        foreach (var (name, wall, cpuMs) in SearchBreakdown.Run(database, queries))
        {
            context.Figures.Add(new Figure("search", $"breakdown: {name} p99", wall.P99, "ms")
            {
                Note = string.Create(CultureInfo.InvariantCulture, $"p50 {wall.P50:0.00} ms; {cpuMs:0.00} ms CPU per query on average"),
            });
        }

        context.Figures.Add(new Figure("search", "p50", search.P50, "ms")
        {
            Baseline = "linear scan p50",
            BaselineValue = scan.P50,
            Note = string.Create(CultureInfo.InvariantCulture, $"{cpuPerQuery:0.00} ms CPU per query on average; {search.Count} queries, {SearchBench.Hits} hits with snippets, {empty} found nothing; {scope}"),
        });
        context.Figures.Add(new Figure("search", "p99", search.P99, "ms")
        {
            Baseline = "linear scan p99",
            BaselineValue = scan.P99,
            Target = "≤ 10 ms",
            Met = search.P99 <= 10,
            Note = string.Create(CultureInfo.InvariantCulture, $"max {search.Max:0.0} ms; scan over {scan.Count} of the same queries"),
        });
    }
}
