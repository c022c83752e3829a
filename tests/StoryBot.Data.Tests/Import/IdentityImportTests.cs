using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

/// <summary>A chapter is its text and its story's chapter number, not the path it was imported from.</summary>
public sealed class IdentityImportTests
{
    [Fact]
    public async Task ImportAsync_SameFilesFromACopiedFolder_StoresNothingTwiceAndSaysWhy()
    {
        await using var store = await TestStore.CreateAsync();
        store.CopySeeds();
        ImportReport first = await store.ImportAsync();
        string copy = CopyFolder(store.Files, Path.Combine(store.Root, "elsewhere"));

        ImportReport second = await store.Importer.ImportAsync([copy], ImportOptions.Default, CancellationToken.None);

        Assert.Equal(0, second.Imported);
        Assert.Equal(0, second.Failed);
        Assert.All(second.Files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)), f =>
        {
            Assert.Equal(ImportOutcome.Skipped, f.Outcome);
            Assert.Contains("imported already", f.Reason, StringComparison.Ordinal);
        });
        await using var db = store.Context();
        Assert.Equal(first.Imported, await db.Chapters.CountAsync());
        await store.AssertSearchIndexInStepAsync();
    }

    [Fact]
    public async Task ImportAsync_MovedFolder_KeepsEveryChapterAndPointsItThere()
    {
        await using var store = await TestStore.CreateAsync();
        store.CopySeeds();
        ImportReport first = await store.ImportAsync();
        await using var before = store.Context();
        int[] ids = [.. (await before.Chapters.Select(c => c.Id).ToListAsync()).Order()];
        string moved = Path.Combine(store.Root, "moved");
        Directory.Move(store.Files, moved);

        ImportReport second = await store.Importer.ImportAsync([moved], ImportOptions.Default with { Prune = true }, CancellationToken.None);

        Assert.Equal(first.Imported, second.Files.Count(f => f.Outcome == ImportOutcome.Moved));
        Assert.Equal(0, second.Pruned);
        await using var db = store.Context();
        Assert.Equal(ids, (await db.Chapters.Select(c => c.Id).ToListAsync()).Order());
        Assert.All(await db.Chapters.Select(c => c.SourcePath).ToListAsync(), p => Assert.StartsWith(moved, p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_RenamedAndEditedFileWhoseOldNameIsGone_ReplacesItsChapter()
    {
        await using var store = await TestStore.CreateAsync();
        string old = store.Write("tale-1.txt", Chapters.Text("Tale", 1, "The echidna dug."));
        store.Write("tale-2.txt", Chapters.Text("Tale", 2, "The emu ran."));
        await store.ImportAsync();
        await using var before = store.Context();
        int id = (await before.Chapters.SingleAsync(c => c.Number == 1)).Id;
        File.Delete(old);
        store.Write("tale-one.txt", Chapters.Text("Tale", 1, "The echidna dug deeper."));

        ImportReport report = await store.ImportAsync(ImportOptions.Default with { Prune = true });

        ImportFileResult renamed = Assert.Single(report.Files, f => f.Path.EndsWith("tale-one.txt", StringComparison.Ordinal));
        Assert.Equal(ImportOutcome.Replaced, renamed.Outcome);
        Assert.Equal(0, report.Pruned);
        await using var db = store.Context();
        Assert.Equal(2, await db.Chapters.CountAsync());
        var chapter = await db.Chapters.SingleAsync(c => c.Number == 1);
        Assert.Equal(id, chapter.Id);
        Assert.EndsWith("tale-one.txt", chapter.SourcePath, StringComparison.Ordinal);
        Assert.Equal("The echidna dug deeper.", (await db.Paragraphs.SingleAsync(p => p.ChapterId == id)).Text);
        await store.AssertSearchIndexInStepAsync();
    }

    private static string CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }
}
