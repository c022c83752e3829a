using StoryBot.Testing;
using StoryBot.Data.Storage;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Search;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

/// <summary>The size + last-write-time shortcut in front of the content hash (<see cref="FileStamps"/>).</summary>
public abstract class FileStampImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    // Well before the fake clock's "now" (2026-11-22 12:00 UTC), so the files count as settled.
    private static readonly DateTime Settled = new(2026, 11, 1, 8, 30, 0, DateTimeKind.Utc);

    [StoreFact]
    public async Task ImportAsync_SettledFile_RecordsItsStamp()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string path = WriteSettled(store, "tale.txt", "The old wombat slept.");

        await store.ImportAsync();

        await using var db = store.Context();
        var stamp = await db.SourceFileStamps.SingleAsync();
        var chapter = await db.Chapters.SingleAsync();
        Assert.Equal(chapter.Id, stamp.ChapterId);
        Assert.Equal(new FileInfo(path).Length, stamp.Length);
        Assert.Equal(Settled.Ticks, stamp.LastWriteTicks);
        Assert.Equal(chapter.ContentHash, stamp.ContentHash);
    }

    [StoreFact]
    public async Task ImportAsync_FileWrittenJustBeforeImport_GetsNoStampAndIsHashedNextTime()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string path = store.Write("tale.txt", Chapters.Text("Tale", 1, "The old wombat slept."));
        File.SetLastWriteTimeUtc(path, store.Time.GetUtcNow().UtcDateTime.AddSeconds(-1));

        await store.ImportAsync();
        await using (var db = store.Context())
        {
            Assert.Equal(0, await db.SourceFileStamps.CountAsync());
        }

        // Same length, same last-write time, new bytes: without a stamp the hash decides, and it sees the change.
        ReplaceKeepingLengthAndTime(path, "wombat", "numbat");
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Replaced, Assert.Single(report.Files).Outcome);
    }

    [StoreFact]
    public async Task ImportAsync_SameLengthAndLastWriteTime_SkipsWithoutReading()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string path = WriteSettled(store, "tale.txt", "The old wombat slept.");
        await store.ImportAsync();

        // The documented trade-off: an edit that keeps the length and restores the exact last-write time is not read.
        ReplaceKeepingLengthAndTime(path, "wombat", "numbat");
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Skipped, Assert.Single(report.Files).Outcome);
        await using var db = store.Context();
        Assert.Single((await StorySearches.For(db).SearchAsync("wombat", 10, null, CancellationToken.None)).Hits);
    }

    [StoreFact]
    public async Task ImportAsync_SameLengthNewLastWriteTime_HashesAndReplaces()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string path = WriteSettled(store, "tale.txt", "The old wombat slept.");
        await store.ImportAsync();

        ReplaceKeepingLengthAndTime(path, "wombat", "numbat");
        File.SetLastWriteTimeUtc(path, Settled.AddMinutes(5));
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Replaced, Assert.Single(report.Files).Outcome);
        await using var db = store.Context();
        Assert.Single((await StorySearches.For(db).SearchAsync("numbat", 10, null, CancellationToken.None)).Hits);
        var stamp = await db.SourceFileStamps.SingleAsync();
        Assert.Equal(Settled.AddMinutes(5).Ticks, stamp.LastWriteTicks);
        Assert.Equal((await db.Chapters.SingleAsync()).ContentHash, stamp.ContentHash);
    }

    [StoreFact]
    public async Task ImportAsync_TouchedFileWithSameBytes_SkippedAfterHashingAndStampRefreshed()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        string path = WriteSettled(store, "tale.txt", "The old wombat slept.");
        await store.ImportAsync();

        File.SetLastWriteTimeUtc(path, Settled.AddHours(1));
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Skipped, Assert.Single(report.Files).Outcome);
        await using var db = store.Context();
        Assert.Equal(Settled.AddHours(1).Ticks, (await db.SourceFileStamps.SingleAsync()).LastWriteTicks);
    }

    [StoreFact]
    public async Task ImportAsync_SameStampButEditedCharacterList_ReimportsChapter()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        WriteSettled(store, "tale.txt", "\"Wake up,\" said Ann.");
        await store.ImportAsync();

        store.Write("characters.json", """{ "characters": [{ "name": "Ann Smith", "aliases": ["Ann"] }] }""");
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Replaced, Assert.Single(report.Files).Outcome);
    }

    [StoreFact]
    public async Task ImportAsync_PrunedChapter_DropsItsStamp()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        WriteSettled(store, "a.txt", "Quokka paragraph one.");
        string gone = WriteSettled(store, "b.txt", "Numbat paragraph one.");
        await store.ImportAsync();
        File.Delete(gone);

        await store.ImportAsync(ImportOptions.Default with { Prune = true });

        await using var db = store.Context();
        Assert.Equal(1, await db.SourceFileStamps.CountAsync());
    }

    private static string WriteSettled(TestStore store, string name, params string[] paragraphs)
    {
        string path = store.Write(name, Chapters.Text("Tale " + name, 1, paragraphs));
        File.SetLastWriteTimeUtc(path, Settled);
        return path;
    }

    private static void ReplaceKeepingLengthAndTime(string path, string from, string to)
    {
        DateTime lastWrite = File.GetLastWriteTimeUtc(path);
        string text = File.ReadAllText(path);
        Assert.Equal(from.Length, to.Length);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, lastWrite);
    }
}
