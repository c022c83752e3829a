using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Daily.Chapters;
using StoryBot.Daily.Posting;
using StoryBot.Data.Libraries;
using StoryBot.Excerpts;
using StoryBot.Tests.Libraries.Support;
using StoryBot.Tests.Support;
using StoryBot.Trivia.Questions;
using static StoryBot.Tests.Libraries.Support.LibraryHarness;

namespace StoryBot.Tests.Libraries;

/// <summary>
/// "Moon Garden" belongs to server A. Every feature, asked in server B or in a DM, shows nothing of it (story, text,
/// its character, its unique word), while server A sees it; a hidden shared library hides the shared stories.
/// </summary>
public sealed class LibraryIsolationTests : IAsyncLifetime
{
    private LibraryHarness harness = null!;

    public static TheoryData<ulong?> Outsiders => new() { GuildB, null };

    public async Task InitializeAsync() => harness = await LibraryHarness.CreateAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Excerpt_EveryModeOutsideServerA_RevealsNothing(ulong? guild)
    {
        string[] replies =
        [
            await harness.RunAsync(guild, "excerpt", null, ("story", GuildStories.Title)),
            await harness.RunAsync(guild, "excerpt", null, ("story", GuildStories.Slug), ("chapter", 1L)),
            await harness.RunAsync(guild, "excerpt", null, ("search", GuildStories.Word)),
            await harness.RunAsync(guild, "excerpt", null, ("character", GuildStories.Character)),
            await harness.RunAsync(guild, "excerpt", null, ("character", "Orla")),
        ];

        foreach (string reply in replies)
        {
            AssertNoTextOfA(reply);
            Assert.DoesNotContain("lanterns", reply, StringComparison.Ordinal);
        }

        for (int i = 0; i < 40; i++)
        {
            AssertNothingOfA(await harness.RunAsync(guild, "excerpt"));
        }
    }

    [Fact]
    public async Task Excerpt_EveryModeInServerA_ShowsTheStory()
    {
        Assert.Contains(GuildStories.Title, await harness.RunAsync(GuildA, "excerpt", null, ("story", GuildStories.Title)), StringComparison.Ordinal);
        Assert.Contains(GuildStories.Word, await harness.RunAsync(GuildA, "excerpt", null, ("story", GuildStories.Slug), ("chapter", 2L)), StringComparison.Ordinal);
        Assert.Contains(GuildStories.Word, await harness.RunAsync(GuildA, "excerpt", null, ("search", GuildStories.Word)), StringComparison.Ordinal);
        Assert.Contains("Orla said", await harness.RunAsync(GuildA, "excerpt", null, ("character", GuildStories.Character)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task ExcerptButton_NamingServerAsChapter_RevealsNothing(ulong? guild)
    {
        string forward = new ExcerptLocation(harness.ChapterId, 0).ToCustomId();
        string backward = new ExcerptLocation(harness.ChapterId, 3, Backward: true).ToCustomId();

        AssertNothingOfA(await harness.PressAsync(guild, forward));
        AssertNothingOfA(await harness.PressAsync(guild, backward));
        Assert.Contains(GuildStories.Word, await harness.PressAsync(GuildA, forward), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task DailyExcerptButton_NamingServerAsChapter_RevealsNothing(ulong? guild)
    {
        AssertNothingOfA(await harness.PressAsync(guild, ExcerptButtonId.ForPost(harness.ChapterId)));
        AssertNothingOfA(await harness.PressAsync(guild, ExcerptButtonId.ForNextPage(harness.ChapterId, 1)));
        Assert.Contains(GuildStories.Word, await harness.PressAsync(GuildA, ExcerptButtonId.ForPost(harness.ChapterId)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Story_ListAndInfoOutsideServerA_RevealNothing(ulong? guild)
    {
        AssertNothingOfA(await harness.RunAsync(guild, "story", "list"));
        AssertNoTextOfA(await harness.RunAsync(guild, "story", "info", ("story", GuildStories.Title)));
        AssertNoTextOfA(await harness.RunAsync(guild, "story", "info", ("story", GuildStories.Slug)));
        Assert.Contains(TestLibrary.SafeTitle, await harness.RunAsync(guild, "story", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_ListAndInfoInServerA_ShowTheStoryWithItsSpeaker()
    {
        Assert.Contains(GuildStories.Title, await harness.RunAsync(GuildA, "story", "list"), StringComparison.Ordinal);
        string info = await harness.RunAsync(GuildA, "story", "info", ("story", GuildStories.Title));
        Assert.Contains(GuildStories.Title, info, StringComparison.Ordinal);
        Assert.Contains(GuildStories.Character, info, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Autocomplete_StoriesAndCharactersOutsideServerA_SuggestNothingOfIt(ulong? guild)
    {
        var suggestions = new List<BotChoice>();
        suggestions.AddRange(await harness.SuggestAsync(guild, "excerpt", null, "story", "moon"));
        suggestions.AddRange(await harness.SuggestAsync(guild, "excerpt", null, "story", string.Empty));
        suggestions.AddRange(await harness.SuggestAsync(guild, "excerpt", null, "character", "Orla"));
        suggestions.AddRange(await harness.SuggestAsync(guild, "excerpt", null, "character", string.Empty));
        suggestions.AddRange(await harness.SuggestAsync(guild, "excerpt", null, "character", "Or", ("story", GuildStories.Slug)));
        suggestions.AddRange(await harness.SuggestAsync(guild, "story", "info", "story", "moon"));
        suggestions.AddRange(await harness.SuggestAsync(guild, "story", "info", "story", string.Empty));
        suggestions.AddRange(await harness.SuggestAsync(guild, "trivia", "start", "story", "moon"));
        suggestions.AddRange(await harness.SuggestAsync(guild, "trivia", "start", "story", string.Empty));

        Assert.NotEmpty(suggestions);
        AssertNothingOfA(System.Text.Json.JsonSerializer.Serialize(suggestions));
    }

    [Fact]
    public async Task Autocomplete_InServerA_SuggestsItsStoryAndCharacter()
    {
        Assert.Contains(await harness.SuggestAsync(GuildA, "excerpt", null, "story", "moon"), c => Equals(c.Value, GuildStories.Slug));
        Assert.Contains(await harness.SuggestAsync(GuildA, "excerpt", null, "character", "Orla"), c => c.Name.Contains(GuildStories.Character, StringComparison.Ordinal));
        Assert.Contains(await harness.SuggestAsync(GuildA, "trivia", "start", "story", "moon"), c => Equals(c.Value, GuildStories.Slug));
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Trivia_QuestionsAndWrongAnswersOutsideServerA_NeverComeFromIt(ulong? guild)
    {
        await harness.ImportSeedsAsync();
        var banks = harness.Services.GetRequiredService<TriviaQuestionBanks>();
        var scope = LibraryScope.For(guild, hideShared: false);
        foreach (bool mature in new[] { false, true })
        {
            var library = await banks.GetAsync(scope, mature, CancellationToken.None);
            Assert.DoesNotContain(library.Catalog.Stories.Values, s => s.Title == GuildStories.Title);
            Assert.DoesNotContain(library.Catalog.Characters.Values, c => c.Name == GuildStories.Character);
            var questions = await AskAsync(library, 30);
            Assert.NotEmpty(questions);
            AssertNothingOfA(System.Text.Json.JsonSerializer.Serialize(questions));
        }

        AssertNoTextOfA(await harness.RunAsync(guild, "trivia", "start", ("story", GuildStories.Title)));
    }

    [Fact]
    public async Task Trivia_ServerAWithSharedHidden_AsksOnlyAboutItsOwnStory()
    {
        var banks = harness.Services.GetRequiredService<TriviaQuestionBanks>();
        var library = await banks.GetAsync(LibraryScope.ForGuild(GuildA, includeShared: false), true, CancellationToken.None);

        var questions = await AskAsync(library, 10);

        Assert.Equal([GuildStories.Title], library.Catalog.Stories.Values.Select(s => s.Title));
        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Equal(harness.StoryId, q.StoryId));
        var withA = await banks.GetAsync(LibraryScope.ForGuild(GuildA), true, CancellationToken.None);
        Assert.Contains(withA.Catalog.Characters.Values, c => c.Name == GuildStories.Character);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Daily_RotationAndCardsOutsideServerA_HoldNoneOfIt(ulong? guild)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LibraryScopeResolver>().ResolveAsync(guild, CancellationToken.None);
        var chapters = scope.ServiceProvider.GetRequiredService<DailyChapterQuery>();

        var candidates = await chapters.ListCandidatesAsync(CancellationToken.None);

        Assert.NotEmpty(candidates);
        Assert.DoesNotContain(candidates, c => c.Key.StartsWith(GuildStories.Slug, StringComparison.Ordinal));
        Assert.Null(await chapters.GetCardAsync(harness.ChapterId, CancellationToken.None));
        Assert.Null(await chapters.GetPassageAsync(harness.ChapterId, 0, CancellationToken.None));
    }

    [Fact]
    public async Task Daily_RotationInServerAWithSharedHidden_IsOnlyItsOwnChapters()
    {
        await harness.HideSharedAsync(GuildA, hide: true);
        await using var scope = harness.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LibraryScopeResolver>().ResolveAsync(GuildA, CancellationToken.None);

        var candidates = await scope.ServiceProvider.GetRequiredService<DailyChapterQuery>().ListCandidatesAsync(CancellationToken.None);

        Assert.Equal([$"{GuildStories.Slug}/1", $"{GuildStories.Slug}/2"], candidates.Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HiddenShared_ServerA_SeesOnlyItsOwnStoriesEverywhere()
    {
        await harness.HideSharedAsync(GuildA, hide: true);

        string list = await harness.RunAsync(GuildA, "story", "list");
        Assert.Contains(GuildStories.Title, list, StringComparison.Ordinal);
        Assert.DoesNotContain(TestLibrary.SafeTitle, list, StringComparison.Ordinal);
        Assert.DoesNotContain("village gates", await harness.RunAsync(GuildA, "excerpt", null, ("story", TestLibrary.SafeTitle)), StringComparison.Ordinal);
        Assert.DoesNotContain(await harness.SuggestAsync(GuildA, "excerpt", null, "story", string.Empty), c => Equals(c.Value, TestLibrary.SafeSlug));
        Assert.DoesNotContain(await harness.SuggestAsync(GuildA, "excerpt", null, "character", "Naruto"), c => c.Name.Contains("Naruto", StringComparison.Ordinal));
        for (int i = 0; i < 20; i++)
        {
            Assert.Contains(GuildStories.Title, await harness.RunAsync(GuildA, "excerpt"), StringComparison.Ordinal);
        }

        // Server B and DMs still see the shared library.
        Assert.Contains(TestLibrary.SafeTitle, await harness.RunAsync(GuildB, "story", "list"), StringComparison.Ordinal);
        Assert.Contains(TestLibrary.SafeTitle, await harness.RunAsync(null, "story", "list"), StringComparison.Ordinal);
    }

    private static async Task<List<TriviaQuestion>> AskAsync(QuestionLibrary library, int count)
    {
        var random = new Random(7);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<TriviaQuestion>();
        for (int i = 0; i < count; i++)
        {
            var question = await library.NextAsync(new QuestionFilter(null, null), used, new Dictionary<string, DateTimeOffset>(), random, CancellationToken.None);
            if (question is null)
            {
                break;
            }

            used.Add(question.SourceKey);
            questions.Add(question);
        }

        return questions;
    }

    /// <summary>None of A's text, author or summary (what a member could not have typed themselves).</summary>
    private static void AssertNoTextOfA(string shown)
    {
        Assert.DoesNotContain("lanterns", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("silver roses", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Guild Author", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("garden under the moon", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Night 1", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bram", shown, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nothing of A at all: also its title, slug, unique word and character names.</summary>
    private static void AssertNothingOfA(string shown)
    {
        AssertNoTextOfA(shown);
        Assert.DoesNotContain(GuildStories.Title, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GuildStories.Slug, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GuildStories.Word, shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Orla", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("silver roses", shown, StringComparison.OrdinalIgnoreCase);
    }
}
