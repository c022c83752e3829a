using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Storage;

public sealed class SqliteMigrationLockTests
{
    [Fact]
    public async Task MigrateAsync_LockRowLeftByKilledProcess_ClearsItAndMigrates()
    {
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.Context())
        {
            // A previous release's file, with the lock row a process killed mid-migration leaves behind.
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().SkipLast(1).Last());
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
                "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-01-01 00:00:00');");
        }

        // Without the fix EF Core waits for the row forever; the token turns a hang into a failure instead of a stuck run.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await store.Database.MigrateAsync(hang.Token);

        await using var check = store.Context();
        Assert.True(await MigrationState.IsUpToDateAsync(check, CancellationToken.None));
        Assert.Equal(0, await CountLockRowsAsync(store.ConnectionString));
    }

    [Fact]
    public async Task AcquireAsync_HeldByAnotherLiveMigrator_WaitsThenSaysWhatToDo()
    {
        await using var store = await TestStore.CreateAsync();
        await using var connection = new SqliteConnection(store.ConnectionString);
        string path = SqliteMigrationLock.LockPathFor(connection.DataSource);
        using var other = await SqliteMigrationLock.AcquireAsync(
            connection, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeSpan.Zero, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteMigrationLock.AcquireAsync(
            connection, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, TimeSpan.Zero, CancellationToken.None));

        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Stop the other StoryBot process", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcquireAsync_ReleasedByDispose_CanBeTakenAgain()
    {
        await using var store = await TestStore.CreateAsync();
        await using var connection = new SqliteConnection(store.ConnectionString);
        var log = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        using (await SqliteMigrationLock.AcquireAsync(connection, log, TimeSpan.Zero, CancellationToken.None))
        {
        }

        using var again = await SqliteMigrationLock.AcquireAsync(connection, log, TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(again);
    }

    private static async Task<long> CountLockRowsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'";
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT count(*) FROM \"__EFMigrationsLock\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
