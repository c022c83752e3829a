using StoryBot.Tests.Support;

namespace StoryBot.Tests.Shell;

public sealed class ConsoleShellTests : IAsyncLifetime
{
    private TestLibrary library = null!;

    public async Task InitializeAsync() => library = await TestLibrary.CreateAsync();

    public async Task DisposeAsync() => await library.DisposeAsync();

    [Fact]
    public async Task Run_PipedCommands_RendersEachReplyAndExitsAtEnd()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/help\n/story list\n");

        Assert.Contains("> /help", transcript, StringComparison.Ordinal);
        Assert.Contains("`/excerpt [story] [chapter] [character] [search]`", transcript, StringComparison.Ordinal);
        Assert.Contains("> /story list", transcript, StringComparison.Ordinal);
        Assert.Contains("Leaf Village Tales", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Dark Paths", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExcerptChapterThenNextButton_PagesThroughTheChapter()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt story:leaf-village-tales chapter:1\n1\n2\n");

        Assert.Contains("┌─ Leaf Village Tales", transcript, StringComparison.Ordinal);
        Assert.Contains("│ Chapter: 1. The Return", transcript, StringComparison.Ordinal);
        Assert.Contains("Scene 1 · ¶ 1–4 of 6", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("leaf-village-tales-01", transcript, StringComparison.Ordinal);
        Assert.Contains("[2] Next ▶", transcript, StringComparison.Ordinal);
        Assert.Contains("Button 1 (◀ Previous) is disabled.", transcript, StringComparison.Ordinal);
        Assert.Contains("(edited)", transcript, StringComparison.Ordinal);
        Assert.Contains("¶ 5–6 of 6", transcript, StringComparison.Ordinal);
        Assert.Contains("Next chapter ▶", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CharacterAndSearch_FindTheRightPassage()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt character:Sakura\n/excerpt search:ramen\n");

        Assert.Contains("Sakura", transcript, StringComparison.Ordinal);
        Assert.Contains("The **ramen** stand", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MatureStory_RefusedUntilChannelIsNsfw()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt story:dark-paths\n:nsfw on\n/excerpt story:dark-paths\n");

        Assert.Contains("(only you can see this)\n*Dark Paths* is rated Mature", transcript, StringComparison.Ordinal);
        Assert.Contains("┌─ Dark Paths", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadInput_ExplainsAndContinues()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt story:nothing-like-this\n/excerpt chapter:9 story:leaf-village-tales\n/nope\n7\n/story info story:Leaf\n");

        Assert.Contains("I couldn't find a story called “nothing-like-this”", transcript, StringComparison.Ordinal);
        Assert.Contains("has no chapter 9. Its chapters are 1–2.", transcript, StringComparison.Ordinal);
        Assert.Contains("I don't know the command /nope", transcript, StringComparison.Ordinal);
        Assert.Contains("There is no button 7 to press.", transcript, StringComparison.Ordinal);
        Assert.Contains("Who speaks most: Sakura Haruno (2) · Naruto Uzumaki (2)", transcript.Replace("Naruto Uzumaki (2) · Sakura Haruno (2)", "Sakura Haruno (2) · Naruto Uzumaki (2)", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Autocomplete_SuggestsMatchingStories()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, ":complete /excerpt story:leaf\n:complete /excerpt character:sak\n");

        Assert.Contains("  Leaf Village Tales — Kitsune Writer", transcript, StringComparison.Ordinal);
        Assert.Contains("  Sakura Haruno", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DailyStatus_ShowsDiscordTimestampsAsReadableTimes()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/daily set channel:10 time:09:00 timezone:Europe/Berlin\n/daily status\n");

        Assert.Contains("> /daily status", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("<t:", transcript, StringComparison.Ordinal);
        Assert.Matches(@" at \d\d:\d\d \(in \d+ (hour|minute|second)s?\)", transcript);
    }

    [Fact]
    public async Task Run_ValuesDiscordWouldRefuseOrCannotServe_SaySo()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/story list page:2\n/trivia leaderboard period:month\n");

        Assert.Contains("There is no page 2: the list has 1 page (1 story).", transcript, StringComparison.Ordinal);
        Assert.Contains("period: must be one of all (All time), week (This week), not 'month'.", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AsPersonas_OnlyYouAreAdminAndYouStaysOne()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, ":as Sakura\n/daily off\n:as you\n/daily off\n");

        Assert.Contains("You are now Sakura (a member without admin rights).", transcript, StringComparison.Ordinal);
        Assert.Contains("You are yourself again (the server admin).", transcript, StringComparison.Ordinal);
        Assert.Contains("Manage Server", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SomeoneElsePressesNextOnAPublicExcerpt_GetsTheirOwnPage()
    {
        var transcript = await ShellRunner.RunAsync(library.ConnectionString, "/excerpt story:leaf-village-tales chapter:1\n:as Sakura\n2\n2\n");

        var afterPress = transcript[transcript.IndexOf("You are now Sakura", StringComparison.Ordinal)..];
        Assert.StartsWith("You are now Sakura (a member without admin rights).\n\n> 2\n(only you can see this)\n┌─ Leaf Village Tales", afterPress, StringComparison.Ordinal);
        Assert.Contains("¶ 5–6 of 6", afterPress, StringComparison.Ordinal);

        // Her own page turns in place.
        Assert.Contains("> 2\n(edited)", afterPress, StringComparison.Ordinal);
    }
}
