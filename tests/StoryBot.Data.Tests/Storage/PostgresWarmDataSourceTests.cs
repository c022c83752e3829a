using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using StoryBot.Data.Postgres;
using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Storage;

/// <summary>
/// The story store's PostgreSQL data source warms each new backend once (its physical-connection initializer), never
/// fails a connection to a database that is not migrated yet, and after the migrations leaves warm connections in the pool.
/// The counters say whether the initializer warmed a backend; no timing is asserted.
/// </summary>
public sealed class PostgresWarmDataSourceTests : IPostgresTests
{
    [StoreFact]
    public async Task OpenConnection_NewPhysicalConnection_WarmedOnceAndReused()
    {
        await using TestStore store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var dataSources = new PostgresDataSources();
        var contexts = new StoryContextFactory(new StoreConnection(DatabaseProvider.Postgres, store.ConnectionString), dataSources);
        PostgresWarmDataSource source = dataSources.For(store.ConnectionString);

        int first = await BackendAsync(contexts);
        int again = await BackendAsync(contexts);
        Assert.Equal(first, again);
        Assert.Equal(1, source.Warmed);

        source.DataSource.Clear();
        int other = await BackendAsync(contexts);
        Assert.NotEqual(first, other);
        Assert.Equal(2, source.Warmed);
        Assert.Equal(0, source.Skipped);
        await using var db = contexts.CreateDbContext();
        SearchResult result = await StorySearches.For(db).SearchAsync("warm", 5, null, CancellationToken.None);
        Assert.Empty(result.Hits);
    }

    [StoreFact]
    public async Task OpenConnection_DatabaseNotMigrated_OpensThenWarmedAfterMigration()
    {
        string connectionString = await PostgresTestServer.CreateDatabaseAsync("empty", _ => Task.CompletedTask);
        try
        {
            var pool = new NpgsqlConnectionStringBuilder(connectionString) { MinPoolSize = 2 }.ToString();
            await using var dataSources = new PostgresDataSources();
            var contexts = new StoryContextFactory(new StoreConnection(DatabaseProvider.Postgres, pool), dataSources);
            PostgresWarmDataSource source = dataSources.For(pool);

            int cold = await BackendAsync(contexts);
            Assert.Equal(1, source.Skipped);
            Assert.Equal(0, source.Warmed);

            await new StoryDatabase(contexts, NullLogger<StoryDatabase>.Instance).MigrateAsync(CancellationToken.None);

            // The cold connection was dropped; Minimum Pool Size = 2 warm ones wait in the pool.
            Assert.Equal(2, source.Warmed);
            Assert.NotEqual(cold, await BackendAsync(contexts));
            Assert.Equal(2, source.Warmed);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connectionString);
        }
    }

    [StoreFact]
    public async Task OpenConnection_WarmUpRefusedByServer_ConnectionStillOpens()
    {
        await using TestStore store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        // A role that may connect but not read the tables: the readiness check passes, the warm-up batch is refused.
        string role = "storybot_nowarm_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(store.ConnectionString, $"CREATE ROLE {role} LOGIN");
        try
        {
            string limited = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Username = role, Password = null }.ToString();
            await using var dataSources = new PostgresDataSources();
            var contexts = new StoryContextFactory(new StoreConnection(DatabaseProvider.Postgres, limited), dataSources);

            int backend = await BackendAsync(contexts);

            Assert.NotEqual(0, backend);
            Assert.Equal(1, dataSources.For(limited).Skipped);
            Assert.Equal(0, dataSources.For(limited).Warmed);
            dataSources.For(limited).DataSource.Clear();
        }
        finally
        {
            await ExecuteAsync(store.ConnectionString, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'");
            await ExecuteAsync(store.ConnectionString, $"DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> BackendAsync(StoryContextFactory contexts)
    {
        await using StoryDbContext db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        return ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
    }
}
