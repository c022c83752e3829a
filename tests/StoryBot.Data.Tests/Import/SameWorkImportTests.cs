using System.Text;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Import;

/// <summary>
/// One work twice in one imported folder (its EPUB and its HTML download): stored once, the other file one "skipped:
/// why" line on every import, stable across imports; removing the stored file lets the other in. Both stores.
/// </summary>
public abstract class SameWorkImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task ImportAsync_EpubAndHtmlOfOneWork_StoredOnceTheOtherSkippedWithWhy()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var novel = new NovelFixture(3, 4, seed: 31);
        store.WriteBytes("a-orchard.epub", WorkFiles.Epub(novel, 3));
        store.Write("b-orchard.html", WorkFiles.Ao3Html(novel, "The Orchard Year", "Hester Vale"));
        store.Write("c-orchard-4.txt", "Title: The Orchard Year\nAuthor: Hester Vale\nChapter 4: Frost\n\nThe frost came early to the orchard that year.\n");

        ImportReport first = await store.ImportAsync();
        ImportReport second = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Imported, first.Files.Single(f => f.Path.EndsWith(".epub", StringComparison.Ordinal)).Outcome);
        Assert.Equal(ImportOutcome.Imported, first.Files.Single(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).Outcome);
        foreach (ImportReport report in new[] { first, second })
        {
            ImportFileResult html = report.Files.Single(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            Assert.Equal(ImportOutcome.Skipped, html.Outcome);
            Assert.Contains("the same work as a-orchard.epub", html.Reason, StringComparison.Ordinal);
            Assert.EndsWith("; skipped", html.Reason, StringComparison.Ordinal);
        }

        await using var db = store.Context();
        var story = await db.Stories.Include(s => s.Chapters).SingleAsync();
        Assert.Equal([1, 2, 3, 4], story.Chapters.OrderBy(c => c.Number).Select(c => c.Number));
        Assert.DoesNotContain(story.Chapters, c => c.FileName == "b-orchard.html");

        File.Delete(Path.Combine(store.Files, "a-orchard.epub"));
        await store.ImportAsync(ImportOptions.Default with { Prune = true });

        await using var after = store.Context();
        var chapters = await after.Chapters.OrderBy(c => c.Number).ToListAsync();
        Assert.Equal([1, 2, 3, 4], chapters.Select(c => c.Number));
        Assert.Equal(["b-orchard.html", "b-orchard.html", "b-orchard.html", "c-orchard-4.txt"], chapters.Select(c => c.FileName));
        await store.AssertSearchIndexInStepAsync();
    }

    [StoreFact]
    public async Task ImportAsync_LaterChapterFiles_JoinByTitleAndAuthorOtherAuthorIsOwnStory()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("1.txt", Chapters.TextBy("Hester Vale", "The Orchard Year", 1, "The orchard was quiet."));
        store.Write("2.txt", Chapters.TextBy("hester vale", "The Orchard Year", 2, "The orchard was loud."));
        store.Write("3.txt", "Title: The Orchard Year\nChapter 3: Frost\n\nThe frost came early.\n");
        store.Write("x.txt", Chapters.TextBy("Quiet Fox", "The Orchard Year", 1, "Another orchard, another year."));

        await store.ImportAsync();

        await using var db = store.Context();
        var stories = await db.Stories.Include(s => s.Chapters).OrderBy(s => s.Slug).ToListAsync();
        Assert.Equal(["the-orchard-year", "the-orchard-year-by-quiet-fox"], stories.Select(s => s.Slug));
        Assert.Equal([1, 2, 3], stories[0].Chapters.OrderBy(c => c.Number).Select(c => c.Number));
        Assert.Equal([1], stories[1].Chapters.Select(c => c.Number));
        Assert.All(stories, s => Assert.Equal("The Orchard Year", s.Title));
    }
}
