using System.Text;
using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Data.Trivia;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Trivia;

/// <summary>
/// The reads trivia makes, on the shared seeds plus one server's upload: every read honours the library scope (a
/// server's story never reaches another server or DMs), the catalog counts confident speakers, and the random seeks
/// wrap around so any position finds rows. Written once, run on both stores.
/// </summary>
public abstract class TriviaQueryTests : IAsyncLifetime
{
    private const ulong Guild = 880000000000000011;
    private const ulong Other = 880000000000000012;
    private const string ServerTitle = "The Lantern Orchard";

    private TestStore store = null!;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync();
        var libraries = new GuildLibraryService(store.Contexts, store.Time, Options.Create(new LibraryLimits()));
        var added = await libraries.AddAsync(new UploadRequest(Guild, "lantern.txt", Encoding.UTF8.GetBytes(
            $"Title: {ServerTitle}\nAuthor: Test Writer\nRating: T\n\n" +
            "The orchard was quiet under the moon, and the wind moved through the apple trees all night long.\n\n" +
            "\"We pick at dawn,\" Mira said, lifting the lantern high above the wet grass by the gate.\n\n" +
            "\"Then we sleep now,\" Tobin answered, yawning by the gate and rubbing the cold from his hands.\n")), CancellationToken.None);
        Assert.True(added.Success, added.Error);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreFact]
    public async Task ReadCatalogAsync_OtherServer_NeverSeesTheServersStory()
    {
        var own = await CatalogAsync(LibraryScope.ForGuild(Guild));
        var other = await CatalogAsync(LibraryScope.ForGuild(Other));
        var dms = await CatalogAsync(LibraryScope.SharedOnly);

        Assert.Contains(own.Stories, story => story.Title == ServerTitle);
        Assert.DoesNotContain(other.Stories, story => story.Title == ServerTitle);
        Assert.DoesNotContain(dms.Stories, story => story.Title == ServerTitle);
        Assert.Equal(other.Stories.Count + 1, own.Stories.Count);
        Assert.True(own.ParagraphCount > other.ParagraphCount);
    }

    [StoreFact]
    public async Task ReadCatalogAsync_SeedsWithCharacterList_CountsConfidentSpeakersPerStory()
    {
        var catalog = await CatalogAsync(LibraryScope.SharedOnly);

        Assert.NotEmpty(catalog.Speakers);
        Assert.All(catalog.Speakers, speaker => Assert.True(speaker.ConfidentLines > 0));
        Assert.All(catalog.Speakers, speaker => Assert.Contains(catalog.Characters, character => character.Id == speaker.CharacterId));
        Assert.Contains(catalog.Characters, character => character.Name == "Naruto Uzumaki" && character.Aliases.Contains("Naruto"));
    }

    [StoreFact]
    public async Task ReadSpansAsync_ServerChapterFromAnotherServer_ReturnsNothing()
    {
        var own = await CatalogAsync(LibraryScope.OwnLibrary(Guild));
        var chapterIds = own.Chapters.Select(chapter => (int)chapter.Id).ToList();
        await using var db = store.Context();
        var queries = new TriviaQueries(db);

        var seen = await queries.ReadSpansAsync(LibraryScope.ForGuild(Guild), chapterIds, CancellationToken.None);
        await using var otherDb = store.Context();
        var hidden = await new TriviaQueries(otherDb).ReadSpansAsync(LibraryScope.ForGuild(Other), chapterIds, CancellationToken.None);

        Assert.Contains(seen, span => span.Text.Contains("We pick at dawn", StringComparison.Ordinal));
        Assert.Empty(hidden);
    }

    [StoreFact]
    public async Task ReadPassagesAsync_AllChapters_OnlyPassageLengthParagraphsOfTheScope()
    {
        await using var db = store.Context();

        var passages = await new TriviaQueries(db).ReadPassagesAsync(LibraryScope.ForGuild(Other), null, 40, 120, CancellationToken.None);

        Assert.NotEmpty(passages);
        Assert.All(passages, passage => Assert.DoesNotContain("apple trees", passage.Text, StringComparison.Ordinal));
        Assert.All(passages, passage => Assert.InRange(passage.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 30, 160));
    }

    [StoreFact]
    public async Task FindSpeechChapterAsync_SeekPastTheLastLine_WrapsAroundToAVisibleChapter()
    {
        await using var db = store.Context();
        var queries = new TriviaQueries(db);
        var snapshot = await queries.ReadSnapshotAsync(CancellationToken.None);
        var (first, last) = snapshot.Ranges.Lines!.Value;
        var visible = (await CatalogAsync(LibraryScope.ForGuild(Other))).Chapters.Select(chapter => chapter.Id).ToHashSet();

        var found = await queries.FindSpeechChapterAsync(LibraryScope.ForGuild(Other), new TriviaSeek(first, last + 1, ExcludeAdult: false), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Contains(found.Value, visible);
    }

    [StoreFact]
    public async Task FindPassagesAsync_SeekNearTheEnd_FillsTheCountFromTheStart()
    {
        await using var db = store.Context();
        var queries = new TriviaQueries(db);
        var (first, last) = (await queries.ReadSnapshotAsync(CancellationToken.None)).Ranges.Paragraphs!.Value;

        var passages = await queries.FindPassagesAsync(LibraryScope.SharedOnly, new TriviaSeek(first, last, ExcludeAdult: true), 3, 20, 400, CancellationToken.None);

        Assert.Equal(3, passages.Count);
        Assert.Equal(passages.Count, passages.Select(passage => passage.Id).Distinct().Count());
    }

    [StoreFact]
    public async Task ReadSnapshotAsync_AfterAnotherImport_FingerprintChanges()
    {
        TriviaFingerprint before;
        await using (var db = store.Context())
        {
            before = (await new TriviaQueries(db).ReadSnapshotAsync(CancellationToken.None)).Fingerprint;
        }

        store.Write("extra/001.txt", Chapters.Text("A Late Addition", 1, "\"Is it morning yet?\" Mira asked, looking at the window."));
        await store.ImportAsync();
        await using var after = store.Context();

        Assert.NotEqual(before, (await new TriviaQueries(after).ReadSnapshotAsync(CancellationToken.None)).Fingerprint);
    }

    private async Task<TriviaCatalogRows> CatalogAsync(LibraryScope scope)
    {
        await using var db = store.Context();
        return await new TriviaQueries(db).ReadCatalogAsync(scope, 0.8, CancellationToken.None);
    }
}
