using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data.Search;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Full-text search through the product's <see cref="IStorySearch"/> (a DI scope per query, as per interaction),
/// five hits with snippets, after a short warm-up. Returns latencies in milliseconds and how many queries found nothing.
/// </summary>
public static class SearchBench
{
    public const int Hits = 5;

    /// <summary>Latencies, queries without hits, and the process CPU spent after the warm-up (all threads: JIT tiering and GC included).</summary>
    public static async Task<(IReadOnlyList<double> Milliseconds, int Empty, TimeSpan Cpu)> RunAsync(
        IServiceProvider services, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(queries);
        foreach (string query in queries.Take(20))
        {
            await SearchAsync(services, query, cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<double>(queries.Count);
        int empty = 0;
        var clock = Measurement.CpuClock.Start();
        foreach (string query in queries)
        {
            long started = Stopwatch.GetTimestamp();
            SearchResult result = await SearchAsync(services, query, cancellationToken).ConfigureAwait(false);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (result.Hits.Count == 0)
            {
                empty++;
            }
        }

        return (samples, empty, clock.CpuUsed);
    }

    private static async Task<SearchResult> SearchAsync(IServiceProvider services, string query, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IStorySearch>().SearchAsync(query, Hits, null, cancellationToken).ConfigureAwait(false);
    }
}
