using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;
using StoryBot.Testing;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Libraries;

/// <summary>
/// Per-server limits (stories, total bytes, uploads per rolling hour on the fake clock) and the grace period after the
/// bot leaves a server: each limit refuses with one friendly line and changes nothing. Written once, run on both stores.
/// </summary>
public abstract class GuildLibraryLimitTests
{
    private const ulong Guild = 880000000000000001;
    private const ulong Other = 880000000000000002;

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task AddAsync_OverStoryLimit_RefusedInOneLineAndNothingChanged()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store, new LibraryLimits { MaxStories = 1 });

        var first = await libraries.AddAsync(Upload("First Tale"), CancellationToken.None);
        var second = await libraries.AddAsync(Upload("Second Tale"), CancellationToken.None);

        Assert.True(first.Success, first.Error);
        AssertFriendly(second, "full");
        Assert.Equal(new[] { "First Tale" }, await TitlesAsync(store, Guild));
        Assert.Equal(1, (await libraries.UsageAsync(Guild, CancellationToken.None)).UploadsLastHour);
    }

    [StoreFact]
    public async Task AddAsync_OverByteLimit_RefusedInOneLineAndNothingChanged()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var firstFile = Upload("First Tale");
        var libraries = Service(store, new LibraryLimits { MaxLibraryBytes = firstFile.Bytes.Length + 10 });

        var first = await libraries.AddAsync(firstFile, CancellationToken.None);
        var second = await libraries.AddAsync(Upload("Second Tale"), CancellationToken.None);

        Assert.True(first.Success, first.Error);
        AssertFriendly(second, "MB limit");
        Assert.Equal(new[] { "First Tale" }, await TitlesAsync(store, Guild));
        Assert.Equal((long)firstFile.Bytes.Length, (await libraries.UsageAsync(Guild, CancellationToken.None)).Bytes);
    }

    [StoreFact]
    public async Task AddAsync_OverUploadsPerHour_RefusedUntilTheHourHasPassed()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store, new LibraryLimits { UploadsPerHour = 2 });

        Assert.True((await libraries.AddAsync(Upload("First Tale"), CancellationToken.None)).Success);
        store.Time.Advance(TimeSpan.FromMinutes(10));
        var characters = await libraries.SetCharactersAsync(Guild, Encoding.UTF8.GetBytes("""{"characters":[{"name":"Mira Vale","gender":"female"}]}"""), CancellationToken.None);
        store.Time.Advance(TimeSpan.FromMinutes(40));
        var third = await libraries.AddAsync(Upload("Second Tale"), CancellationToken.None);
        var charactersRefused = await libraries.SetCharactersAsync(Guild, Encoding.UTF8.GetBytes("""{"characters":[{"name":"Tobin Ash","gender":"male"}]}"""), CancellationToken.None);
        var otherServer = await libraries.AddAsync(Upload("Second Tale", Other), CancellationToken.None);
        store.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1)); // the first upload is now more than an hour old
        var afterwards = await libraries.AddAsync(Upload("Second Tale"), CancellationToken.None);

        Assert.Null(characters.Error);
        Assert.Equal(1, characters.Characters);
        AssertFriendly(third, "in the last hour");
        Assert.Contains("in the last hour", charactersRefused.Error, StringComparison.Ordinal);
        Assert.True(otherServer.Success, otherServer.Error);
        Assert.True(afterwards.Success, afterwards.Error);
        Assert.Equal(new[] { "First Tale", "Second Tale" }, await TitlesAsync(store, Guild));
    }

    [StoreFact]
    public async Task DeleteExpiredAsync_WithinGraceKept_RejoinCancels_AfterGraceDeleted()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = Service(store, new LibraryLimits { RemovedServerGrace = TimeSpan.FromDays(30) });
        Assert.True((await libraries.AddAsync(Upload("First Tale"), CancellationToken.None)).Success);
        Assert.True((await libraries.AddAsync(Upload("Other Tale", Other), CancellationToken.None)).Success);

        await libraries.MarkRemovedAsync(Guild, CancellationToken.None);
        store.Time.Advance(TimeSpan.FromDays(29));
        var withinGrace = await libraries.DeleteExpiredAsync(CancellationToken.None);
        await libraries.MarkPresentAsync(Guild, CancellationToken.None); // the bot was invited back
        store.Time.Advance(TimeSpan.FromDays(5));
        var afterRejoin = await libraries.DeleteExpiredAsync(CancellationToken.None);
        Assert.Empty(withinGrace);
        Assert.Empty(afterRejoin);
        Assert.Equal(new[] { "First Tale" }, await TitlesAsync(store, Guild));

        await libraries.MarkRemovedAsync(Guild, CancellationToken.None);
        store.Time.Advance(TimeSpan.FromDays(30));
        var expired = await libraries.DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(new[] { Guild }, expired);
        Assert.Empty(await TitlesAsync(store, Guild));
        Assert.Equal(new[] { "Other Tale" }, await TitlesAsync(store, Other));
        await using var db = store.Context();
        Assert.False(await db.GuildLibraries.AnyAsync(g => g.GuildId == Guild));
        Assert.False(await db.Characters.IgnoreQueryFilters().AnyAsync(c => c.GuildId == Guild));
    }

    private static GuildLibraryService Service(TestStore store, LibraryLimits limits) =>
        new(store.Contexts, store.Time, Options.Create(limits));

    private static UploadRequest Upload(string title, ulong guild = Guild) => new(guild, $"{title.ToLowerInvariant().Replace(' ', '-')}.txt", Encoding.UTF8.GetBytes(
        $"Title: {title}\nAuthor: Test Writer\nRating: T\n\n" +
        $"The orchard of {title} was quiet under the moon, and the wind moved through the apple trees.\n\n" +
        "\"We pick at dawn,\" Mira said, lifting the lantern.\n\n" +
        "\"Then we sleep now,\" Tobin answered, yawning by the gate.\n"));

    private static void AssertFriendly(UploadResult result, string expected)
    {
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TitlesAsync(TestStore store, ulong guild)
    {
        await using var db = store.Context();
        return await db.Stories.IgnoreQueryFilters().Where(s => s.GuildId == guild).OrderBy(s => s.Title).Select(s => s.Title).ToListAsync();
    }
}
