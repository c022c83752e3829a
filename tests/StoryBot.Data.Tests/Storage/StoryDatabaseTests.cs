using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Storage;

public sealed class StoryDatabaseTests
{
    [Fact]
    public async Task MigrateAsync_NewFile_AppliesMigrationsInWalModeWithSearchIndex()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Context();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA foreign_keys;";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
        Assert.Equal(1L, await TestStore.Scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'ParagraphSearch'"));
        Assert.Equal(3L, await TestStore.Scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Paragraphs'"));
    }

    [Fact]
    public async Task MigrateAsync_Twice_IsHarmless()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Database.MigrateAsync(CancellationToken.None);
        await using var db = store.Context();
        Assert.Equal(0, await db.Stories.CountAsync());
    }

    [Fact]
    public async Task MigrateAsync_DeferredFlagLeftByCrash_RebuildsIndexAndClearsFlag()
    {
        await using var store = await TestStore.CreateAsync();
        store.CopySeeds();
        await store.ImportAsync();
        await using (var db = store.Context())
        {
            // Simulate a bulk load that died after its rows committed but before the index was built.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO ParagraphSearch(ParagraphSearch) VALUES ('delete-all');");
            db.StoreFlags.Add(new StoreFlag { Key = StoreFlag.SearchIndexDeferred, Value = "test" });
            await db.SaveChangesAsync();
        }

        await store.Database.MigrateAsync(CancellationToken.None);

        await using var check = store.Context();
        Assert.False(await check.StoreFlags.AnyAsync());
        await store.AssertSearchIndexInStepAsync();
    }

    [Fact]
    public async Task MigrateAsync_ParagraphTheIndexNeverSaw_RebuildsTheIndexAtStart()
    {
        await using var store = await TestStore.CreateAsync();
        store.Write("a.txt", Chapters.Text("Heal", 1, "A lyrebird sang.", "It sang again."));
        await store.ImportAsync();
        await using (var db = store.Context())
        {
            // What a writer that ran while another import had paused the triggers left behind: a row the index lacks.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO StoreFlags(Key, Value) VALUES ('" + StoreFlag.SearchIndexDeferred + "', 'other import'); " +
                "INSERT INTO Paragraphs(ChapterId, SceneId, \"Index\", Start, Length, Text, WordCount) " +
                "SELECT ChapterId, SceneId, 99, 0, 16, 'A bunyip lurked.', 3 FROM Paragraphs LIMIT 1; " +
                "DELETE FROM StoreFlags WHERE Key = '" + StoreFlag.SearchIndexDeferred + "';");
        }

        await store.Database.MigrateAsync(CancellationToken.None);

        await store.AssertSearchIndexInStepAsync();
        await using var check = store.Context();
        Assert.Single((await new StoryBot.Data.Search.StorySearch(check).SearchAsync("bunyip", 5, null, CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task MigrateAsync_WhileAnImportHoldsTheStore_LeavesItsDeferredIndexAlone()
    {
        await using var store = await TestStore.CreateAsync();
        store.Write("a.txt", Chapters.Text("Live", 1, "A galah screeched."));
        await store.ImportAsync();
        await using var db = store.Context();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO StoreFlags(Key, Value) VALUES ('" + StoreFlag.SearchIndexDeferred + "', 'bulk load');");
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();

        using (await StoryBot.Data.Storage.ImportLock.AcquireAsync(connection, TimeProvider.System, () => { }, CancellationToken.None))
        {
            await store.Database.MigrateAsync(CancellationToken.None);
            Assert.Equal(1L, await TestStore.Scalar(db, "SELECT count(*) FROM StoreFlags"));
        }

        await store.Database.MigrateAsync(CancellationToken.None);
        Assert.Equal(0L, await TestStore.Scalar(db, "SELECT count(*) FROM StoreFlags"));
    }
}
