using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StoryBot.Bench.Measurement;
using StoryBot.Data.Search;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>search-digest &lt;Sqlite|Postgres&gt; &lt;connection string&gt; &lt;queries file&gt; &lt;out file&gt; [passes]</c>: every query
/// of the file (one a line; the search suite writes its own to <c>&lt;work&gt;/search-queries.txt</c>) through the product's
/// <see cref="IStorySearch"/>, a warm-up pass and then <c>passes</c> (default 3) measured passes. Writes one line per
/// query: its median wall time and what a member sees (hits in order: paragraph, score, snippet, highlights; matched
/// all words or not), so two builds can be compared for identical results and per-query time. Prints p50/p99 of the
/// medians and CPU per query (this process, plus the server backends on PostgreSQL).
/// With <c>cold</c> after the passes the verb starts as the bot does (migrations, then the first search on a fresh pool)
/// and has no warm-up pass: the first query's time is printed apart (what a member waits for first after a start); with
/// <c>Pooling=false</c> in the connection string every query opens a new backend (a bot whose idle connections expired).
/// </summary>
public static class SearchDigest
{
    public static async Task<int> RunAsync(string provider, string connectionString, string queriesFile, string outFile, int passes, CancellationToken cancellationToken) =>
        await RunAsync(provider, connectionString, queriesFile, outFile, passes, cold: false, cancellationToken).ConfigureAwait(false);

    public static async Task<int> RunAsync(string provider, string connectionString, string queriesFile, string outFile, int passes, bool cold, CancellationToken cancellationToken)
    {
        var store = Enum.Parse<DatabaseProvider>(provider, ignoreCase: true);
        string[] queries = [.. File.ReadAllLines(queriesFile).Where(line => line.Length > 0)];
        await using ServiceProvider services = StoreServices.Build(store, connectionString, Path.GetDirectoryName(Path.GetFullPath(queriesFile))!);
        var results = new SearchResult[queries.Length];
        if (cold)
        {
            long starting = Stopwatch.GetTimestamp();
            await services.GetRequiredService<StoryDatabase>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start (migrations checked): {Stopwatch.GetElapsedTime(starting).TotalMilliseconds:0.0} ms"));
        }

        for (int i = 0; i < queries.Length && !cold; i++)
        {
            results[i] = await SearchAsync(services, queries[i], cancellationToken).ConfigureAwait(false);
        }

        await using NpgsqlConnection? observer = store == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : null;
        ServerCpu? serverBefore = null;
        if (observer is not null)
        {
            await observer.OpenAsync(cancellationToken).ConfigureAwait(false);
            serverBefore = await ServerCpu.SnapshotAsync(observer, cancellationToken).ConfigureAwait(false);
        }

        string loadBefore = MachineInfo.Load();
        var times = queries.Select(_ => new List<double>(passes)).ToArray();
        var clock = CpuClock.Start();
        for (int pass = 0; pass < passes; pass++)
        {
            for (int i = 0; i < queries.Length; i++)
            {
                long started = Stopwatch.GetTimestamp();
                SearchResult result = await SearchAsync(services, queries[i], cancellationToken).ConfigureAwait(false);
                times[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (pass == 0 && cold)
                {
                    results[i] = result;
                }
            }
        }

        TimeSpan cpu = clock.CpuUsed;
        TimeSpan server = observer is null ? TimeSpan.Zero : (await ServerCpu.SnapshotAsync(observer, cancellationToken).ConfigureAwait(false)).Since(serverBefore!);
        double[] medians = [.. times.Select(t => t.Order().ElementAt(t.Count / 2))];
        await using (var writer = new StreamWriter(outFile, append: false, Encoding.UTF8))
        {
            for (int i = 0; i < queries.Length; i++)
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{medians[i]:0.00}\t{queries[i]}\t{Describe(results[i])}")).ConfigureAwait(false);
            }
        }

        var all = new Percentiles(medians);
        if (cold)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first query ({queries[0]}): {times[0][0]:0.00} ms; second: {times[Math.Min(1, queries.Length - 1)][0]:0.00} ms"));
        }

        int runs = passes * queries.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: {queries.Length} queries × {passes}: median-of-passes p50 {all.P50:0.00} ms p99 {all.P99:0.00} ms max {all.Max:0.0} ms; CPU per query {(cpu + server).TotalMilliseconds / runs:0.00} ms (client {cpu.TotalMilliseconds / runs:0.00} + server {server.TotalMilliseconds / runs:0.00}); load {loadBefore} -> {MachineInfo.Load()}"));
        Console.WriteLine("slowest: " + string.Join(", ", medians.Select((ms, i) => (ms, i)).OrderByDescending(s => s.ms).Take(10)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{queries[s.i]} ({s.ms:0.0} ms)"))));
        return 0;
    }

    private static string Describe(SearchResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"all={result.MatchedAll} msg={result.Message} ") + string.Join(" | ", result.Hits.Select(hit =>
            string.Create(CultureInfo.InvariantCulture, $"{hit.ParagraphId}:{hit.Score:0.0000}:{hit.Snippet.ReplaceLineEndings(" ")}:{string.Join(',', hit.Highlights.Select(h => $"{h.Start}+{h.Length}"))}")));

    private static async Task<SearchResult> SearchAsync(IServiceProvider services, string query, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStorySearch>().SearchAsync(query, SearchBench.Hits, null, cancellationToken).ConfigureAwait(false);
    }
}
