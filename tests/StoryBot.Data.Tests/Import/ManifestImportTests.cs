using StoryBot.Testing;
using StoryBot.Data.Storage;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public abstract class ManifestImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const string Manifest = """
        {"stories":[{"title":"Kit and Caboodle","author":"Someone","rating":"M","summary":"Foxes.",
          "chapters":["x1.txt",{"file":"x2.txt","title":"The Den"}]}]}
        """;

    [StoreFact]
    public async Task ImportAsync_WithStoriesJson_ManifestWinsAndOrdersChapters()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("stories.json", Manifest);
        store.Write("x2.txt", "The fox slept in the den.\n");
        store.Write("x1.txt", "The fox woke.\n");

        ImportReport report = await store.ImportAsync();

        Assert.Equal(2, report.Imported);
        await using var db = store.Context();
        var story = await db.Stories.Include(s => s.Chapters).SingleAsync();
        Assert.Equal("Kit and Caboodle", story.Title);
        Assert.Equal("Someone", story.Author);
        Assert.Equal(Corpus.Model.Rating.Mature, story.Rating);
        Assert.Equal([(1, "x1.txt"), (2, "x2.txt")], story.Chapters.OrderBy(c => c.Number).Select(c => (c.Number, c.FileName)));
        Assert.Equal("The Den", story.Chapters.Single(c => c.Number == 2).Title);
    }

    [StoreFact]
    public async Task ImportAsync_ManifestEdited_ReimportsUnchangedFiles()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("stories.json", Manifest);
        store.Write("x1.txt", "The fox woke.\n");
        await store.ImportAsync();

        store.Write("stories.json", Manifest.Replace("Kit and Caboodle", "Fox Tales", StringComparison.Ordinal));
        ImportReport report = await store.ImportAsync();

        Assert.Equal(ImportOutcome.Replaced, Assert.Single(report.Files).Outcome);
        await using var db = store.Context();
        Assert.Equal("Fox Tales", (await db.Stories.SingleAsync()).Title);
    }
}
