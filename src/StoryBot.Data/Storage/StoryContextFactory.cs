using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Postgres;

namespace StoryBot.Data.Storage;

/// <summary>
/// <see cref="IDbContextFactory{StoryDbContext}"/> for a <see cref="StoreConnection"/>: the SQLite context or the
/// PostgreSQL subclass, so features, the importer and the tests ask for one type whatever the store.
/// </summary>
public sealed class StoryContextFactory : IDbContextFactory<StoryDbContext>
{
    private readonly DbContextOptions<StoryDbContext>? sqlite;
    private readonly DbContextOptions<PostgresStoryDbContext>? postgres;

    public StoryContextFactory(StoreConnection store)
        : this(store, null)
    {
    }

    /// <summary>A factory whose PostgreSQL connections come from <paramref name="dataSources"/> (the host's; null: the process-wide one).</summary>
    public StoryContextFactory(StoreConnection store, PostgresDataSources? dataSources)
    {
        ArgumentNullException.ThrowIfNull(store);
        Store = store;
        if (store.IsPostgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresStoryDbContext>();
            builder.UseStore(store, dataSources: dataSources).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            postgres = builder.Options;
        }
        else
        {
            sqlite = StoryDbContextOptions.Create(store.ConnectionString);
        }
    }

    public StoreConnection Store { get; }

    public StoryDbContext CreateDbContext() => postgres is not null ? new PostgresStoryDbContext(postgres) : new StoryDbContext(sqlite!);
}
