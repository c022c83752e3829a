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
}
