using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The store's <see cref="NpgsqlDataSource"/> for one connection string: the operator's settings exactly as given
/// (<c>Minimum Pool Size</c>, <c>Connection Idle Lifetime</c>, …), plus a physical-connection initializer that warms each
/// new backend (<see cref="PostgresConnectionWarmer"/>) so a search never pays for loading the text-search configuration.
/// The initializer never fails a connection: on a database not migrated yet it does nothing (counted in
/// <see cref="Skipped"/>), and <see cref="AfterMigrationAsync"/> then drops those cold connections from the pool.
/// </summary>
public sealed class PostgresWarmDataSource : IAsyncDisposable, IDisposable
{
    private int warmed;
    private int skipped;
    private int coldInPool;

    public PostgresWarmDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        Pooling = builder.ConnectionStringBuilder.Pooling;
        MinimumPoolSize = builder.ConnectionStringBuilder.MinPoolSize;
        builder.UsePhysicalConnectionInitializer(
            connection => Count(PostgresConnectionWarmer.Warm(connection)),
            async connection => Count(await PostgresConnectionWarmer.WarmAsync(connection).ConfigureAwait(false)));
        DataSource = builder.Build();
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>New physical connections (backends) warmed since this data source was built.</summary>
    public int Warmed => Volatile.Read(ref warmed);

    /// <summary>New physical connections opened before the store was migrated (nothing to warm yet).</summary>
    public int Skipped => Volatile.Read(ref skipped);

    private bool Pooling { get; }

    private int MinimumPoolSize { get; }

    /// <summary>
    /// After the store's migrations: closes the idle connections opened before the search configuration existed (never
    /// warmed), then opens <c>Minimum Pool Size</c> connections at once (at least one) and returns them to the pool warm,
    /// so the first searches after a start do not open or warm a backend.
    /// </summary>
    public async Task AfterMigrationAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref coldInPool, 0) > 0)
        {
            DataSource.Clear();
        }

        if (!Pooling)
        {
            return;
        }

        var opening = new List<Task<NpgsqlConnection>>();
        for (int i = 0; i < Math.Max(1, MinimumPoolSize); i++)
        {
            opening.Add(DataSource.OpenConnectionAsync(cancellationToken).AsTask());
        }

        try
        {
            await Task.WhenAll(opening).ConfigureAwait(false);
        }
        finally
        {
            foreach (Task<NpgsqlConnection> open in opening.Where(o => o.IsCompletedSuccessfully))
            {
                await open.Result.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary><see cref="AfterMigrationAsync(CancellationToken)"/> for the data source <paramref name="db"/>'s options carry, if any.</summary>
    public static Task AfterMigrationAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IDbContextOptions>().FindExtension<StoryPostgresOptionsExtension>()?.Source is { } source
            ? source.AfterMigrationAsync(cancellationToken)
            : Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();

    private void Count(bool warm)
    {
        if (warm)
        {
            Interlocked.Increment(ref warmed);
        }
        else
        {
            Interlocked.Increment(ref skipped);
            Interlocked.Increment(ref coldInPool);
        }
    }
}
