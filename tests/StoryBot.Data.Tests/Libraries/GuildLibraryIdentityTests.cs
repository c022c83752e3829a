using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;
using StoryBot.Testing;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Libraries;

/// <summary>
/// Which story an upload is (issue 12): the same work again, in any format, replaces its chapters; a later one-chapter
/// file joins its story; another author's work of the same title is another story. Written once, run on both stores.
/// </summary>
public abstract class GuildLibraryIdentityTests
{
    private const ulong Guild = 880000000000000011;

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task AddAsync_SameWorkAsEpubThenAo3Html_ReplacesItsChaptersNotDoubled()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);
        var novel = new NovelFixture(4, 5, seed: 21);

        var epub = await libraries.AddAsync(new UploadRequest(Guild, "orchard.epub", WorkFiles.Epub(novel, 3), null), CancellationToken.None);
        var html = await libraries.AddAsync(
            new UploadRequest(Guild, "The Orchard Year - Hester Vale.html", Encoding.UTF8.GetBytes(WorkFiles.Ao3Html(novel, "The Orchard Year", "Hester Vale")), null),
            CancellationToken.None);

        Assert.True(epub.Success, epub.Error);
        Assert.True(html.Success, html.Error);
        Assert.Equal(epub.StoryId, html.StoryId);
        Assert.True(html.Replaced);
        Assert.Equal(4, html.Chapters);
        await using var db = store.Context();
        var story = await db.Stories.IgnoreQueryFilters().Include(s => s.Chapters).SingleAsync(s => s.GuildId == Guild);
        Assert.Equal([1, 2, 3, 4], story.Chapters.OrderBy(c => c.Number).Select(c => c.Number));
        Assert.All(story.Chapters, c => Assert.EndsWith(".html", c.SourcePath, StringComparison.Ordinal));
        Assert.Equal(story.Chapters.Sum(c => c.ParagraphCount), await db.Paragraphs.IgnoreQueryFilters().CountAsync(p => p.Chapter.Story.GuildId == Guild));
    }

    [StoreFact]
    public async Task AddAsync_SameWorkTitledWithDifferentCaseAndPunctuation_StillTheSameStory()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);
        var novel = new NovelFixture(3, 4, seed: 22);

        var epub = await libraries.AddAsync(new UploadRequest(Guild, "orchard.epub", WorkFiles.Epub(novel, 2, "The Orchard Year", "Hester Vale"), null), CancellationToken.None);
        var again = await libraries.AddAsync(new UploadRequest(Guild, "orchard-2.epub", WorkFiles.Epub(novel, 3, "THE ORCHARD YEAR.", "hester vale"), null), CancellationToken.None);

        Assert.True(again.Success, again.Error);
        Assert.Equal(epub.StoryId, again.StoryId);
        Assert.Equal(3, again.Chapters);
    }

    [StoreFact]
    public async Task AddAsync_WholeWorkThenLaterChapterFile_ChapterJoinsTheStory()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);
        var novel = new NovelFixture(3, 4, seed: 23);

        var work = await libraries.AddAsync(new UploadRequest(Guild, "orchard.epub", WorkFiles.Epub(novel, 3), null), CancellationToken.None);
        var chapter = await libraries.AddAsync(new UploadRequest(Guild, "orchard-4.txt", Encoding.UTF8.GetBytes(
            "Title: The Orchard Year\nAuthor: Hester Vale\nChapter 4: Frost\n\nThe frost came early to the orchard that year.\n\n\"Cover the saplings,\" Maren said.\n"), null),
            CancellationToken.None);

        Assert.True(chapter.Success, chapter.Error);
        Assert.Equal(work.StoryId, chapter.StoryId);
        Assert.False(chapter.Replaced);
        Assert.Equal(4, chapter.Chapters);
    }

    [StoreFact]
    public async Task AddAsync_SameTitleByAnotherAuthor_AnotherStoryAndTheFirstKept()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);

        var first = await libraries.AddAsync(new UploadRequest(Guild, "home.epub", WorkFiles.Epub(new NovelFixture(3, 4, seed: 24), 3, "Home", "quietfox"), null), CancellationToken.None);
        var second = await libraries.AddAsync(new UploadRequest(Guild, "home-2.epub", WorkFiles.Epub(new NovelFixture(2, 4, seed: 25), 3, "Home", "lanternlight"), null), CancellationToken.None);

        Assert.True(first.Success, first.Error);
        Assert.True(second.Success, second.Error);
        Assert.NotEqual(first.StoryId, second.StoryId);
        Assert.False(second.Replaced);
        await using var db = store.Context();
        var stories = await db.Stories.IgnoreQueryFilters().Include(s => s.Chapters).Where(s => s.GuildId == Guild).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([3, 2], stories.Select(s => s.Chapters.Count));
        Assert.Equal(["quietfox", "lanternlight"], stories.Select(s => s.Author));
        Assert.Equal(["Home", "Home"], stories.Select(s => s.Title));
    }

    private static GuildLibraryService Service(TestStore store) => new(store.Contexts, store.Time, Options.Create(new LibraryLimits()));
}
