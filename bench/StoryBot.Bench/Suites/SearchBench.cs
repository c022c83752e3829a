using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StoryBot.Bench.Measurement;
using StoryBot.Data.Search;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Full-text search through the product's <see cref="IStorySearch"/> (a DI scope per query, as per interaction),
/// five hits with snippets, after a warm-up pass over the same queries.
/// </summary>
public static class SearchBench
{
    public const int Hits = 5;

    /// <summary>
    /// Latencies (ms), queries without hits, queries that matched only some words, and the CPU spent after the warm-up:
    /// this process (all threads: JIT tiering and GC included) and, on PostgreSQL, the server backends of the database.
    /// </summary>
    public static async Task<SearchRun> RunAsync(IServiceProvider services, string? postgres, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(queries);
        // Warm-up: one whole pass over the same queries, as a bot that has been answering for a while is warm. With only a
        // few queries first, the measured pass still paid for tiered JIT (client CPU per query fell from ~6.5 to ~2 ms
        // between a first and second pass on PostgreSQL) and for the store's first reads of each word's pages.
        var firstPass = new List<double>(queries.Count);
        foreach (string query in queries)
        {
            long warming = Stopwatch.GetTimestamp();
            await SearchAsync(services, query, cancellationToken).ConfigureAwait(false);
            firstPass.Add(Stopwatch.GetElapsedTime(warming).TotalMilliseconds);
        }

        await using NpgsqlConnection? observer = postgres is null ? null : new NpgsqlConnection(postgres);
        ServerCpu? serverBefore = null;
        if (observer is not null)
        {
            await observer.OpenAsync(cancellationToken).ConfigureAwait(false);
            serverBefore = await ServerCpu.SnapshotAsync(observer, cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<double>(queries.Count);
        int empty = 0;
        int partial = 0;
        var clock = CpuClock.Start();
        foreach (string query in queries)
        {
            long started = Stopwatch.GetTimestamp();
            SearchResult result = await SearchAsync(services, query, cancellationToken).ConfigureAwait(false);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            empty += result.Hits.Count == 0 ? 1 : 0;
            partial += result.Hits.Count > 0 && !result.MatchedAll ? 1 : 0;
        }

        TimeSpan cpu = clock.CpuUsed;
        TimeSpan server = observer is null ? TimeSpan.Zero : (await ServerCpu.SnapshotAsync(observer, cancellationToken).ConfigureAwait(false)).Since(serverBefore!);
        return new SearchRun(samples, empty, partial, cpu, server, firstPass);
    }

    private static async Task<SearchResult> SearchAsync(IServiceProvider services, string query, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStorySearch>().SearchAsync(query, Hits, null, cancellationToken).ConfigureAwait(false);
    }
}
