using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

/// <summary>
/// A file that fails half-way through being written (here: a real SQLite error raised by a test trigger on its third
/// quoted line, after its chapter, scene and paragraphs are in) leaves nothing of itself behind, and the other files
/// import — in the ordinary path and in a bulk load (triggers paused, foreign-key checks off).
/// </summary>
public class WriteFailureTests
{
    private const string Poison = "Zorblax";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ImportAsync_FileFailsMidWrite_NothingOfItStoredAndTheRestImported(bool bulk)
    {
        await using var store = await TestStore.CreateAsync();
        store.CopySeeds();
        store.Write("poisoned.txt", Chapters.Text("Poisoned Well", 1,
            "The well was quiet that night.",
            "\"Who goes there?\" Naruto asked.",
            $"\"Only me,\" said Sakura. \"{Poison} says hello.\""));
        await using (var db = store.Context())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER TestPoison BEFORE INSERT ON DialogueLines WHEN new.Text LIKE '%" + Poison + "%' " +
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
        }

        ImportReport report = await store.ImportAsync(bulk ? new ImportOptions { DeferSearchIndexBytes = 0, BatchBytes = 1 } : null);

        ImportFileResult failed = Assert.Single(report.Failures);
        Assert.EndsWith("poisoned.txt", failed.Path, StringComparison.Ordinal);
        Assert.Contains("injected failure", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("nothing of it was written", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(5, report.Imported);
        await using var check = store.Context();
        Assert.False(await check.Stories.AnyAsync(s => s.Title == "Poisoned Well"));
        Assert.False(await check.Chapters.AnyAsync(c => c.FileName == "poisoned.txt"));
        Assert.Equal(0, await TestStore.Scalar(check, "SELECT count(*) FROM Paragraphs WHERE Text LIKE '%well was quiet%'"));
        Assert.Equal(0, await TestStore.Scalar(check, "SELECT count(*) FROM Paragraphs p WHERE NOT EXISTS (SELECT 1 FROM Chapters c WHERE c.Id = p.ChapterId)"));
        Assert.Equal(0, await TestStore.Scalar(check, "SELECT count(*) FROM Scenes s WHERE NOT EXISTS (SELECT 1 FROM Chapters c WHERE c.Id = s.ChapterId)"));
        Assert.Equal(0, await TestStore.Scalar(check, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.False(await check.StoreFlags.AnyAsync());
        await store.AssertSearchIndexInStepAsync();
    }
}
