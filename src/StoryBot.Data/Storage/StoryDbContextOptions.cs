using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Postgres;

namespace StoryBot.Data.Storage;

/// <summary>One place that turns a connection string into context options (DI, tests and the CLI share it).</summary>
public static class StoryDbContextOptions
{
    /// <summary>SQLite options (the default store).</summary>
    public static DbContextOptionsBuilder UseStoryDatabase(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    /// <summary>
    /// Options for <paramref name="store"/>'s provider, with the context's own migrations history table. On PostgreSQL the
    /// connections come from the one data source per connection string of <paramref name="dataSources"/> (the host's
    /// singleton; <see cref="PostgresDataSources.Shared"/> without one), whose initializer warms each new backend.
    /// </summary>
    public static DbContextOptionsBuilder UseStore(this DbContextOptionsBuilder builder, StoreConnection store, string? historyTable = null, PostgresDataSources? dataSources = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(store);
        if (store.IsPostgres)
        {
            PostgresWarmDataSource source = (dataSources ?? PostgresDataSources.Shared).For(store.ConnectionString);
            builder.UseNpgsql(source.DataSource, npgsql =>
            {
                npgsql.CommandTimeout(60);
                if (historyTable is not null)
                {
                    npgsql.MigrationsHistoryTable(historyTable);
                }
            });
            StoryPostgresOptionsExtension.AddTo(builder, source);
            return builder;
        }

        builder.UseSqlite(store.ConnectionString, sqlite =>
        {
            sqlite.CommandTimeout(60);
            if (historyTable is not null)
            {
                sqlite.MigrationsHistoryTable(historyTable);
            }
        });
        return builder.AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    public static DbContextOptions<StoryDbContext> Create(string connectionString) =>
        (DbContextOptions<StoryDbContext>)new DbContextOptionsBuilder<StoryDbContext>().UseStoryDatabase(connectionString).Options;

    /// <summary>A story context for <paramref name="store"/>: <see cref="StoryDbContext"/> on SQLite, <see cref="PostgresStoryDbContext"/> on PostgreSQL.</summary>
    public static StoryDbContext CreateContext(StoreConnection store) => new StoryContextFactory(store).CreateDbContext();
}
