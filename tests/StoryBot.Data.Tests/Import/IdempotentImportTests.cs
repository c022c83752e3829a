using StoryBot.Testing;
using StoryBot.Data.Storage;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;
using StoryBot.Data.Import;
using StoryBot.Data.Search;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public abstract class IdempotentImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task ImportAsync_SameFilesAgain_SkipsEveryFile()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync();

        ImportReport again = await store.ImportAsync();

        Assert.Equal(5, again.Skipped);
        Assert.Equal(0, again.Imported);
        await using var db = store.Context();
        Assert.Equal(5, await db.Chapters.CountAsync());
    }

    [StoreFact]
    public async Task ImportAsync_ChangedFile_ReplacesChapterInPlaceAndReindexes()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string path = store.Write("tale.txt", Chapters.Text("Tale", 1, "The old wombat slept.", "\"Wake up,\" said Ann."));
        await store.ImportAsync();
        int chapterId;
        await using (var db = store.Context())
        {
            chapterId = await db.Chapters.Select(c => c.Id).SingleAsync();
        }

        store.Write("tale.txt", Chapters.Text("Tale", 1, "The young platypus swam.", "Nobody spoke.", "They rested."));
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Replaced, Assert.Single(report.Files).Outcome);
        await using var check = store.Context();
        var chapter = await check.Chapters.SingleAsync();
        Assert.Equal(chapterId, chapter.Id);
        Assert.Equal(path, chapter.SourcePath);
        Assert.Equal(3, await check.Paragraphs.CountAsync());
        Assert.Equal(0, await check.DialogueLines.CountAsync());
        var search = StorySearches.For(check);
        Assert.Empty((await search.SearchAsync("wombat", 10, null, CancellationToken.None)).Hits);
        Assert.Single((await search.SearchAsync("platypus", 10, null, CancellationToken.None)).Hits);
        await store.AssertSearchIndexInStepAsync();
    }

    [StoreFact]
    public async Task ImportAsync_Prune_RemovesVanishedChaptersAndEmptyStories()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("a.txt", Chapters.Text("Alpha", 1, "Quokka paragraph one."));
        string gone = store.Write("b.txt", Chapters.Text("Beta", 1, "Numbat paragraph one."));
        await store.ImportAsync();
        File.Delete(gone);

        ImportReport withoutPrune = await store.ImportAsync();
        await using (var db = store.Context())
        {
            Assert.Equal(2, await db.Chapters.CountAsync());
        }

        ImportReport report = await store.ImportAsync(new ImportOptions { Prune = true });

        Assert.Equal(0, withoutPrune.Pruned);
        Assert.Equal(1, report.Pruned);
        await using var check = store.Context();
        Assert.Equal(["Alpha"], await check.Stories.Select(s => s.Title).ToListAsync());
        Assert.Empty((await StorySearches.For(check).SearchAsync("numbat", 10, null, CancellationToken.None)).Hits);
        await store.AssertSearchIndexInStepAsync();
    }

    [StoreFact]
    public async Task ImportAsync_FileMovedUnchanged_RelocatesWithoutReparsing()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string old = store.Write("old.txt", Chapters.Text("Moving", 1, "A bilby moved house."));
        await store.ImportAsync();
        File.Move(old, Path.Combine(store.Files, "new.txt"));

        ImportReport report = await store.ImportAsync(new ImportOptions { Prune = true });

        Assert.Equal(ImportOutcome.Moved, Assert.Single(report.Files).Outcome);
        await using var db = store.Context();
        Assert.Equal("new.txt", (await db.Chapters.SingleAsync()).FileName);
    }

    [StoreFact]
    public async Task ImportAsync_LargeFreshLoadWithDeferredIndex_IndexesEverything()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();

        await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0, BatchBytes = 1 });

        await using var db = store.Context();
        Assert.False(await db.StoreFlags.AnyAsync());
        await store.AssertSearchIndexInStepAsync();
        Assert.NotEmpty((await StorySearches.For(db).SearchAsync("Rasengan", 5, null, CancellationToken.None)).Hits);
    }

    [StoreFact]
    public async Task ImportAsync_BulkLoadIndexingAfterEveryFile_IndexMatchesParagraphs()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();

        await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0, SearchIndexChunkChars = 1 });

        await using var db = store.Context();
        Assert.False(await db.StoreFlags.AnyAsync());
        await store.AssertSearchIndexInStepAsync();
        Assert.NotEmpty((await StorySearches.For(db).SearchAsync("nindo", 5, null, CancellationToken.None)).Hits);
    }

    [StoreFact]
    public async Task ImportAsync_BulkLoadWithABrokenFile_IndexesTheRestAndStaysInStep()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        store.Write("broken.txt", "\0\0\0binary\0\0");

        ImportReport report = await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0, SearchIndexChunkChars = 1, BatchBytes = 1 });

        Assert.Equal(1, report.Failed);
        await store.AssertSearchIndexInStepAsync();
        await using var db = store.Context();
        Assert.False(await db.StoreFlags.AnyAsync());
    }

    [StoreFact]
    public async Task ImportAsync_AfterBulkLoad_NewFileIsIndexedByTheTriggers()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0 });
        store.Write("late.txt", Chapters.Text("Late Arrival", 1, "A quokka named Zyzzyva arrived late."));

        await store.ImportAsync();

        await store.AssertSearchIndexInStepAsync();
        await using var db = store.Context();
        Assert.Single((await StorySearches.For(db).SearchAsync("Zyzzyva", 5, null, CancellationToken.None)).Hits);
    }

    [StoreFact]
    public async Task ImportAsync_BulkLoad_LeavesNoOrphansAndForeignKeysOnAgain()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        store.Write("broken.txt", "\0\0\0binary\0\0");

        await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0, BatchBytes = 1 });

        await using var db = store.Context();
        if (store.IsSqlite)
        {
            Assert.Equal(0, await TestStore.Scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"));
            Assert.Equal(1, await TestStore.Scalar(db, "PRAGMA foreign_keys"));
        }

        Chapter chapter = await db.Chapters.FirstAsync();
        db.Chapters.Remove(chapter);
        await db.SaveChangesAsync();
        Assert.Equal(0, await TestStore.Scalar(db, $"SELECT count(*) FROM \"Paragraphs\" WHERE \"ChapterId\" = {chapter.Id}"));
        await store.AssertSearchIndexInStepAsync();
    }

    [StoreFact]
    public async Task ImportAsync_LargeLoadIntoFilledStore_DefersIndexAndReplacesChaptersInStep()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        store.Write("tale.txt", Chapters.Text("Tale", 1, "The old wombat slept.", "\"Wake up,\" said Ann."));
        await store.ImportAsync();
        store.Write("tale.txt", Chapters.Text("Tale", 1, "The young platypus swam.", "Nobody spoke."));
        store.Write("late.txt", Chapters.Text("Late Arrival", 1, "A quokka named Zyzzyva arrived late."));

        // Deferred indexing into a store that holds stories: every file changes the index between chunks.
        ImportReport report = await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0, SearchIndexChunkChars = 1 });

        Assert.Equal(ImportOutcome.Replaced, report.Files.Single(f => f.Path.EndsWith("tale.txt", StringComparison.Ordinal)).Outcome);
        Assert.Equal(ImportOutcome.Imported, report.Files.Single(f => f.Path.EndsWith("late.txt", StringComparison.Ordinal)).Outcome);
        await store.AssertSearchIndexInStepAsync();
        await using var db = store.Context();
        Assert.False(await db.StoreFlags.AnyAsync());
        var search = StorySearches.For(db);
        Assert.Empty((await search.SearchAsync("wombat", 10, null, CancellationToken.None)).Hits);
        Assert.Single((await search.SearchAsync("platypus", 10, null, CancellationToken.None)).Hits);
        Assert.Single((await search.SearchAsync("Zyzzyva", 10, null, CancellationToken.None)).Hits);
        if (store.IsSqlite)
        {
            Assert.Equal(1, await TestStore.Scalar(db, "PRAGMA foreign_keys"));
        }
    }

    [StoreFact]
    public async Task ImportAsync_ShorterWorkIntoFilledStoreWithDeferredIndex_DropsTheRemovedChaptersFromTheIndex()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string three = string.Join("\n\n", Enumerable.Range(1, 3).Select(n => $"Chapter {n}\n\nThe echidna number{n} walked far today.\n\nIt rested at dusk."));
        store.Write("work.txt", "Title: Walks\n\n" + three + "\n");
        await store.ImportAsync();
        string two = string.Join("\n\n", Enumerable.Range(1, 2).Select(n => $"Chapter {n}\n\nThe echidna number{n} walked far again.\n\nIt rested at dusk."));
        store.Write("work.txt", "Title: Walks\n\n" + two + "\n");

        ImportReport report = await store.ImportAsync(new ImportOptions { DeferSearchIndexBytes = 0 });

        Assert.Equal(ImportOutcome.Replaced, Assert.Single(report.Files).Outcome);
        await store.AssertSearchIndexInStepAsync();
        await using var db = store.Context();
        Assert.Equal(2, await db.Chapters.CountAsync());
        var search = StorySearches.For(db);
        Assert.Empty((await search.SearchAsync("number3", 10, null, CancellationToken.None)).Hits);
        Assert.Empty((await search.SearchAsync("today", 10, null, CancellationToken.None)).Hits);
        Assert.Equal(2, (await search.SearchAsync("again", 10, null, CancellationToken.None)).Hits.Count);
    }

    [StoreFact]
    public async Task ImportAsync_ChapterLongerThanOneInsertBatch_StoresEveryParagraphAndLineInPlace()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        int count = (ParagraphInserter.RowsPerStatement * 2) + 5;
        string[] paragraphs = [.. Enumerable.Range(0, count).Select(i => i % 3 == 0 ? $"\"Line number{i} here,\" said Ann." : $"Paragraph number{i} of the long chapter.")];
        store.Write("long.txt", Chapters.Text("Long Tale", 1, paragraphs));

        await store.ImportAsync();

        await using var db = store.Context();
        var stored = await db.Paragraphs.OrderBy(p => p.Index).Select(p => new { p.Id, p.Index, p.Text }).ToListAsync();
        Assert.Equal(count, stored.Count);
        Assert.Equal(Enumerable.Range(0, count), stored.Select(p => p.Index));
        Assert.All(stored, p => Assert.Contains($"number{p.Index} ", p.Text, StringComparison.Ordinal));
        var lines = await db.DialogueLines.Select(l => new { l.ParagraphId, l.Text }).ToListAsync();
        Assert.Equal(stored.Count(p => p.Index % 3 == 0), lines.Count);
        Assert.All(lines, l => Assert.Contains(l.Text, stored.Single(p => p.Id == l.ParagraphId).Text, StringComparison.Ordinal));
        await store.AssertSearchIndexInStepAsync();
        Assert.Single((await StorySearches.For(db).SearchAsync($"number{count - 1}", 5, null, CancellationToken.None)).Hits);
    }
}
