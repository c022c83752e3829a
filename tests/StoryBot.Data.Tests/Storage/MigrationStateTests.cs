using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Storage;

public sealed class MigrationStateTests
{
    [Fact]
    public async Task IsUpToDateAsync_MissingFile_FalseAndCreatesNothing()
    {
        string folder = Directory.CreateTempSubdirectory("storybot-migration-").FullName;
        string file = Path.Combine(folder, "new.db");
        try
        {
            await using var db = new TestContextFactory(Connection(file)).CreateDbContext();

            Assert.False(await MigrationState.IsUpToDateAsync(db, CancellationToken.None));
            Assert.False(File.Exists(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task IsUpToDateAsync_EmptyFile_False()
    {
        await using var store = await TestStore.CreateAsync();
        string file = Path.Combine(store.Root, "empty.db");
        await File.WriteAllBytesAsync(file, []);
        await using var db = new TestContextFactory(Connection(file)).CreateDbContext();

        Assert.False(await MigrationState.IsUpToDateAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task IsUpToDateAsync_Migrated_True()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Context();

        Assert.True(await MigrationState.IsUpToDateAsync(db, CancellationToken.None));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigrateAsync_LastMigrationPending_AppliesIt()
    {
        await using var store = await TestStore.CreateAsync();
        string last;
        await using (var db = store.Context())
        {
            // Roll the file back to before the newest migration, as a database from the previous release would be.
            last = db.Database.GetMigrations().Last();
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().SkipLast(1).Last());
            Assert.False(await MigrationState.IsUpToDateAsync(db, CancellationToken.None));
        }

        await store.Database.MigrateAsync(CancellationToken.None);

        await using var check = store.Context();
        Assert.True(await MigrationState.IsUpToDateAsync(check, CancellationToken.None));
        Assert.Equal(last, (await check.Database.GetAppliedMigrationsAsync()).Last());
        Assert.Equal(0, await check.SourceFileStamps.CountAsync());
    }

    [Fact]
    public async Task MigrateIfNeededAsync_UpToDate_DoesNotMigrate()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Context();

        Assert.False(await MigrationState.MigrateIfNeededAsync(db, CancellationToken.None));
    }

    private static string Connection(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
}
