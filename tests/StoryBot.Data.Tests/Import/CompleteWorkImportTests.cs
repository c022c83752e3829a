using System.Text;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public sealed class CompleteWorkImportTests
{
    private static string Novel(int chapters, int seed = 7) =>
        "Title: The Orchard Year\nAuthor: Hester Vale\nFandom: Original Work\nCharacters: Maren, Tobias\n\n" +
        new NovelFixture(chapters, 6, seed).Text(70, (n, title) => $"CHAPTER {NovelFixture.Roman(n)}. {title}");

    [Fact]
    public async Task ImportAsync_CompleteWork_OneStoryWithEveryChapterAndItsTags()
    {
        await using var store = await TestStore.CreateAsync();
        store.Write("orchard.txt", Novel(12));

        ImportReport report = await store.ImportAsync();

        ImportFileResult file = Assert.Single(report.Files);
        Assert.Equal(ImportOutcome.Imported, file.Outcome);
        Assert.Equal(12, file.ChapterCount);
        await using var db = store.Context();
        var story = await db.Stories.Include(s => s.Chapters).Include(s => s.Tags).SingleAsync();
        Assert.Equal("The Orchard Year", story.Title);
        Assert.Equal(Enumerable.Range(1, 12), story.Chapters.OrderBy(c => c.Number).Select(c => c.Number));
        Assert.Equal(Enumerable.Range(0, 12), story.Chapters.OrderBy(c => c.Part).Select(c => c.Part));
        Assert.Equal(["Maren", "Tobias"], story.Tags.Where(t => t.Kind == WorkTagKind.Character).OrderBy(t => t.Position).Select(t => t.Name));
        Assert.Equal(12 * 6, await db.Paragraphs.CountAsync());
        Assert.DoesNotContain(await db.Paragraphs.Select(p => p.Text).ToListAsync(), t => t.Contains('\n', StringComparison.Ordinal));
        await store.AssertSearchIndexInStepAsync();
    }

    [Fact]
    public async Task ImportAsync_ChangedCompleteWork_ReplacesExactlyItsChapters()
    {
        await using var store = await TestStore.CreateAsync();
        store.Write("orchard.txt", Novel(10));
        store.Write("other.txt", Chapters.Text("Other Tale", 1, "The numbat slept."));
        await store.ImportAsync();
        int[] before;
        await using (var db = store.Context())
        {
            before = [.. await db.Chapters.Where(c => c.FileName == "orchard.txt").OrderBy(c => c.Part).Select(c => c.Id).ToListAsync()];
        }

        store.Write("orchard.txt", Novel(7, seed: 9));
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Replaced, report.Files.Single(f => f.Path.EndsWith("orchard.txt", StringComparison.Ordinal)).Outcome);
        await using var check = store.Context();
        var chapters = await check.Chapters.Where(c => c.FileName == "orchard.txt").OrderBy(c => c.Part).ToListAsync();
        Assert.Equal(7, chapters.Count);
        Assert.Equal(before[..7], chapters.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, 7), chapters.Select(c => c.Number));
        Assert.Equal(7 * 6, await check.Paragraphs.CountAsync(p => p.Chapter.FileName == "orchard.txt"));
        Assert.Equal(1, await check.Chapters.CountAsync(c => c.FileName == "other.txt"));
        await store.AssertSearchIndexInStepAsync();

        ImportReport again = await store.ImportAsync();
        Assert.All(again.Files, f => Assert.Equal(ImportOutcome.Skipped, f.Outcome));
    }

    [Fact]
    public async Task ImportAsync_EpubAndHtml_ImportedWithMetadata()
    {
        await using var store = await TestStore.CreateAsync();
        store.WriteBytes("orchard.epub", WorkFiles.Epub(new NovelFixture(4, 5, seed: 4), 3));
        store.Write("lanterns.html", WorkFiles.Ao3Html(new NovelFixture(3, 5, seed: 5)));

        ImportReport report = await store.ImportAsync();

        Assert.All(report.Files, f => Assert.Equal(ImportOutcome.Imported, f.Outcome));
        await using var db = store.Context();
        var lanterns = await db.Stories.Include(s => s.Tags).Include(s => s.Chapters).SingleAsync(s => s.Title == "Lanterns in the Rain");
        Assert.Equal(WorkFiles.WorkUrl, lanterns.SourceUrl);
        Assert.Equal("Weather Reports", lanterns.Series);
        Assert.Equal(2, lanterns.SeriesPart);
        Assert.Equal(new DateOnly(2021, 3, 4), lanterns.PublishedOn);
        Assert.Equal(3, lanterns.Chapters.Count);
        Assert.Contains(lanterns.Tags, t => t.Kind == WorkTagKind.Fandom && t.Name == "Naruto");
        var orchard = await db.Stories.Include(s => s.Chapters).SingleAsync(s => s.Title == "The Orchard Year");
        Assert.Equal(4, orchard.Chapters.Count);
        Assert.Equal("Hester Vale", orchard.Author);
    }

    [Fact]
    public async Task ImportAsync_HostileFiles_EachOneLineSkippedRestImported()
    {
        await using var store = await TestStore.CreateAsync();
        store.Write("good.txt", Chapters.Text("Good Tale", 1, "The quokka smiled."));
        store.WriteBytes("truncated.epub", WorkFiles.Epub(new NovelFixture(2, 3), 3)[..300]);
        store.WriteBytes("renamed.epub", Encoding.UTF8.GetBytes("not a zip"));
        store.Write("empty.html", "<html><body><script>x()</script></body></html>");

        ImportReport report = await store.ImportAsync();

        Assert.Equal(1, report.Imported);
        Assert.Equal(3, report.Failed);
        Assert.All(report.Failures, f => Assert.DoesNotContain('\n', f.Reason!));
        Assert.All(report.Failures, f => Assert.EndsWith("skipped", f.Reason!, StringComparison.Ordinal));
    }
}
