using System.Collections.Concurrent;

namespace StoryBot.Data.Postgres;

/// <summary>
/// One <see cref="PostgresWarmDataSource"/> per connection string, built on first use. The host registers one as a
/// singleton (<c>AddStoryData</c>), so its pools are closed when the host is disposed; code without a host (the
/// <c>migrate</c> verb's copier, tests, design-time factories) uses <see cref="Shared"/>, which lives as long as the process.
/// </summary>
public sealed class PostgresDataSources : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<PostgresWarmDataSource>> sources = new(StringComparer.Ordinal);

    /// <summary>The process-wide registry for contexts built without a service provider.</summary>
    public static PostgresDataSources Shared { get; } = new();

    public PostgresWarmDataSource For(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return sources.GetOrAdd(connectionString, key => new Lazy<PostgresWarmDataSource>(() => new PostgresWarmDataSource(key))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (Lazy<PostgresWarmDataSource> source in sources.Values.Where(s => s.IsValueCreated))
        {
            await source.Value.DisposeAsync().ConfigureAwait(false);
        }

        sources.Clear();
    }

    public void Dispose()
    {
        foreach (Lazy<PostgresWarmDataSource> source in sources.Values.Where(s => s.IsValueCreated))
        {
            source.Value.Dispose();
        }

        sources.Clear();
    }
}
