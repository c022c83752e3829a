using StoryBot.Testing;
using StoryBot.Data.Storage;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Queries;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Queries;

public abstract class QueryTests : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        store.Write("zz-second.txt", Chapters.TextBy("Cybergades", "Second Chances", 2, "Chapter two begins.", "\"Hello,\" said Naruto.", "It ended."));
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreFact]
    public async Task ListStoriesAsync_Paged_ReturnsTotalsAndPages()
    {
        await using var db = store.Context();

        Page<StorySummary> page = await new StoryCatalog(db).ListStoriesAsync(1, 2, CancellationToken.None);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
        Assert.Equal(3, page.PageCount);
    }

    [StoreFact]
    public async Task GetStoryAsync_SecondChances_ChaptersInOrderWithCounts()
    {
        await using var db = store.Context();
        var catalog = new StoryCatalog(db);
        StorySummary found = (await catalog.FindStoryAsync("second chances", CancellationToken.None))!;

        StoryInfo info = (await catalog.GetStoryAsync(found.Id, CancellationToken.None))!;

        Assert.Equal([1, 2], info.Chapters.Select(c => c.Number));
        Assert.Equal(2, info.Story.ChapterCount);
        Assert.Equal(info.Chapters.Sum(c => c.WordCount), info.Story.WordCount);
        Assert.True(info.ParagraphCount > 10);
    }

    [StoreTheory]
    [InlineData("second-chances")]
    [InlineData("Second Chances")]
    [InlineData("second")]
    [InlineData("chances")]
    [InlineData("Chances, Second!")]
    public async Task FindStoryAsync_LooseInput_FindsTheStory(string typed)
    {
        await using var db = store.Context();

        StorySummary? story = await new StoryCatalog(db).FindStoryAsync(typed, CancellationToken.None);

        Assert.Equal("second-chances", story?.Slug);
    }

    [StoreFact]
    public async Task FindStoryAsync_Unknown_ReturnsNull()
    {
        await using var db = store.Context();

        Assert.Null(await new StoryCatalog(db).FindStoryAsync("zzzz qqqq", CancellationToken.None));
    }

    [StoreFact]
    public async Task AutocompleteStoriesAsync_Prefix_PrefixFirstAtMost25()
    {
        await using var db = store.Context();

        var choices = await new StoryCatalog(db).AutocompleteStoriesAsync("sec", CancellationToken.None);

        Assert.Equal("second-chances", choices[0].Value);
        Assert.True(choices.Count <= 25);
        Assert.Equal(5, (await new StoryCatalog(db).AutocompleteStoriesAsync("", CancellationToken.None)).Count);
        Assert.Empty(await new StoryCatalog(db).AutocompleteStoriesAsync("%_%", CancellationToken.None));
    }

    [StoreFact]
    public async Task GetParagraphsAsync_Range_ReturnsThoseParagraphsInOrder()
    {
        await using var db = store.Context();
        var story = (await new StoryCatalog(db).FindStoryAsync("second-chances", CancellationToken.None))!;
        var reader = new ChapterReader(db);
        ChapterSummary chapter = (await reader.GetChapterAsync(story.Id, 1, CancellationToken.None))!;

        var paragraphs = await reader.GetParagraphsAsync(chapter.Id, 3, 4, CancellationToken.None);

        Assert.Equal([3, 4, 5, 6], paragraphs.Select(p => p.Index));
        Assert.All(paragraphs, p => Assert.Equal("Second Chances", p.StoryTitle));
        Assert.Null(await reader.GetChapterAsync(story.Id, 99, CancellationToken.None));
    }

    [StoreFact]
    public async Task GetRandomParagraphAsync_StoryAndMinWords_RespectsBoth()
    {
        await using var db = store.Context();
        var story = (await new StoryCatalog(db).FindStoryAsync("second-chances", CancellationToken.None))!;
        var reader = new ChapterReader(db);
        var random = new Random(42);

        for (int i = 0; i < 10; i++)
        {
            ParagraphView paragraph = (await reader.GetRandomParagraphAsync(story.Id, 20, random, CancellationToken.None))!;
            Assert.Equal(story.Id, paragraph.StoryId);
            Assert.True(paragraph.WordCount >= 20);
        }

        Assert.Null(await reader.GetRandomParagraphAsync(story.Id, 100_000, random, CancellationToken.None));
    }

    [StoreTheory]
    [InlineData("naruto never", "untitled-naruto-never-thought-he-could-hate")]
    [InlineData("hate naruto", "untitled-naruto-never-thought-he-could-hate")]
    [InlineData("facining sasuke", "untitled-naruto-and-sasuke-were-facining")]
    public async Task FindStoryAsync_EveryTypedWord_FindsTheStory(string typed, string slug)
    {
        await using var db = store.Context();

        StorySummary? story = await new StoryCatalog(db).FindStoryAsync(typed, CancellationToken.None);

        Assert.Equal(slug, story?.Slug);
    }

    [StoreFact]
    public async Task SuggestStoriesAsync_EveryWordAndRating_FiltersStories()
    {
        await using (var db = store.Context())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Stories\" SET \"Rating\" = 3 WHERE \"Slug\" = 'second-chances'");
        }

        await using var read = store.Context();
        var catalog = new StoryCatalog(read);

        Assert.Equal(["untitled-naruto-never-thought-he-could-hate"], (await catalog.SuggestStoriesAsync("naruto hate", includeMature: false, 25, CancellationToken.None)).Select(s => s.Slug));
        Assert.DoesNotContain(await catalog.SuggestStoriesAsync("", includeMature: false, 25, CancellationToken.None), s => s.Slug == "second-chances");
        Assert.Contains(await catalog.SuggestStoriesAsync("chances", includeMature: true, 25, CancellationToken.None), s => s.Slug == "second-chances");
    }
}
