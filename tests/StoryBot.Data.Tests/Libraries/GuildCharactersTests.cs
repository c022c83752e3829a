using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Data.Trivia;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Libraries;

/// <summary>
/// A server's characters.json re-attributes the stories it uploaded before (their kept bytes are read again in upload
/// order): the lines get the listed speakers, chapter ids stay, another server's copy is untouched, removing the list
/// goes back to found speakers, and kept files go with their story. Written once, run on both stores.
/// </summary>
public abstract class GuildCharactersTests
{
    private const ulong Guild = 880000000000000011;
    private const ulong Other = 880000000000000012;
    private const string Listed = """{"characters":[{"name":"Mira Vale","aliases":["Mira"],"gender":"female"},{"name":"Tobin Ash","aliases":["Tobin"],"gender":"male"},{"name":"Unheard Wren","gender":"female"}]}""";

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task SetCharactersAsync_StoriesUploadedBefore_LinesGetTheListedSpeakers()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);
        Assert.True((await libraries.AddAsync(Upload("Lantern Orchard", Guild), CancellationToken.None)).Success);
        Assert.True((await libraries.AddAsync(Upload("Lantern Orchard", Other), CancellationToken.None)).Success);
        var chaptersBefore = await ChapterIdsAsync(store, Guild);
        var before = await SpeakerAsync(store, Guild, "We pick");
        var fingerprintBefore = await FingerprintAsync(store);

        var result = await libraries.SetCharactersAsync(Guild, Encoding.UTF8.GetBytes(Listed), CancellationToken.None);

        Assert.True(result.Success, result.Error);
        Assert.Equal(3, result.Characters);
        Assert.Equal(new[] { "Lantern Orchard" }, result.Reread);
        Assert.Equal(1, result.Files);
        Assert.Equal(2, result.Lines);
        Assert.Equal(2, result.Spoken);
        Assert.NotEqual(("Mira Vale", true), before);
        Assert.Equal(("Mira Vale", true), await SpeakerAsync(store, Guild, "We pick"));
        Assert.Equal(("Tobin Ash", true), await SpeakerAsync(store, Guild, "Then we sleep"));
        Assert.Equal(chaptersBefore, await ChapterIdsAsync(store, Guild));
        Assert.Equal(await SpeakerAsync(store, Other, "We pick"), before);
        Assert.NotEqual(fingerprintBefore, await FingerprintAsync(store)); // trivia's cached catalog is read again
        await using var db = store.Context();
        Assert.False(await db.Characters.IgnoreQueryFilters().AnyAsync(c => c.GuildId == Guild && c.StoryId != null)); // the found ones went
        Assert.True(await db.Characters.IgnoreQueryFilters().AnyAsync(c => c.GuildId == Guild && c.Name == "Unheard Wren")); // listed, even silent
    }

    [StoreFact]
    public async Task ClearCharactersAsync_AfterAList_SpeakersFoundInTheStoryAgain()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);
        Assert.True((await libraries.AddAsync(Upload("Lantern Orchard", Guild), CancellationToken.None)).Success);
        var found = await SpeakerAsync(store, Guild, "We pick");
        Assert.True((await libraries.SetCharactersAsync(Guild, Encoding.UTF8.GetBytes(Listed), CancellationToken.None)).Success);

        var result = await libraries.ClearCharactersAsync(Guild, CancellationToken.None);

        Assert.True(result.Success, result.Error);
        Assert.Equal(0, result.Characters);
        Assert.Equal(found, await SpeakerAsync(store, Guild, "We pick"));
        await using var db = store.Context();
        Assert.Null(await db.GuildLibraries.Where(g => g.GuildId == Guild).Select(g => g.CharactersJson).FirstOrDefaultAsync());
        Assert.False(await db.Characters.IgnoreQueryFilters().AnyAsync(c => c.GuildId == Guild && c.StoryId == null)); // the list went
    }

    [StoreFact]
    public async Task AddAsync_WholeWorkAgainThenRemove_KeepsOnlyTheStoredFileThenNone()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store);
        Assert.True((await libraries.AddAsync(Upload("Lantern Orchard", Guild), CancellationToken.None)).Success);
        Assert.True((await libraries.AddAsync(Upload("Lantern Orchard", Guild, "A second draft."), CancellationToken.None)).Success);
        Assert.True((await libraries.AddAsync(Upload("Lantern Orchard", Other), CancellationToken.None)).Success);

        Assert.Equal(1, await FilesAsync(store, Guild));
        var story = await libraries.FindAsync(Guild, "Lantern Orchard", CancellationToken.None);
        Assert.NotNull(await libraries.RemoveAsync(Guild, story!.Id, CancellationToken.None));
        Assert.Equal(0, await FilesAsync(store, Guild));
        Assert.Equal(1, await FilesAsync(store, Other));

        await libraries.ClearAsync(Other, CancellationToken.None);
        Assert.Equal(0, await FilesAsync(store, Other));
    }

    private static GuildLibraryService Service(TestStore store) => new(store.Contexts, store.Time, Options.Create(new LibraryLimits()));

    private static UploadRequest Upload(string title, ulong guild, string extra = "") => new(guild, "orchard.txt", Encoding.UTF8.GetBytes(
        $"Title: {title}\nAuthor: Test Writer\nRating: T\n\n" +
        $"The orchard was quiet under the moon, and the wind moved through the apple trees all night long. {extra}\n\n" +
        "\"We pick at dawn,\" Mira said, lifting the lantern high above the wet grass by the gate.\n\n" +
        "\"Then we sleep now,\" Tobin answered, yawning by the gate and rubbing the cold from his hands.\n"));

    /// <summary>The speaker of the server's line starting with <paramref name="start"/>, and whether it is a listed (library-wide) character.</summary>
    private static async Task<(string? Name, bool Listed)> SpeakerAsync(TestStore store, ulong guild, string start)
    {
        await using var db = store.Context();
        var line = await db.DialogueLines.IgnoreQueryFilters()
            .Where(d => d.Chapter.Story.GuildId == guild && d.Text.StartsWith(start))
            .Select(d => new { Name = d.Speaker == null ? null : d.Speaker.Name, Listed = d.Speaker != null && d.Speaker.StoryId == null })
            .SingleAsync();
        return (line.Name, line.Listed);
    }

    private static async Task<List<int>> ChapterIdsAsync(TestStore store, ulong guild)
    {
        await using var db = store.Context();
        return await db.Chapters.IgnoreQueryFilters().Where(c => c.Story.GuildId == guild).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    private static async Task<int> FilesAsync(TestStore store, ulong guild)
    {
        await using var db = store.Context();
        return await db.LibraryFiles.IgnoreQueryFilters().CountAsync(f => f.GuildId == guild);
    }

    private static async Task<TriviaFingerprint> FingerprintAsync(TestStore store)
    {
        await using var db = store.Context();
        return (await new TriviaQueries(db).ReadSnapshotAsync(CancellationToken.None)).Fingerprint;
    }
}
