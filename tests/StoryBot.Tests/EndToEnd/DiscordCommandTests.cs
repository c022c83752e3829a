using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.EndToEnd;

/// <summary>The real host against the fake Discord: registration, every /excerpt mode, /story, /help, autocomplete, gating.</summary>
public sealed class DiscordCommandTests(DiscordBotFixture fixture) : IClassFixture<DiscordBotFixture>
{
    private FakeDiscordServer Fake => fixture.Fake;

    [Fact]
    public async Task Start_RegistersEveryCommand_BodyValidAgainstSchema()
    {
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var put = await Fake.WaitForRequestAsync(r => r.Method == "PUT" && r.Route == "PUT /applications/{application_id}/commands", timeout.Token);

        Assert.Empty(put.SchemaViolations);
        Assert.InRange(put.Status, 200, 299);
        var names = put.Body!.AsArray().Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(["daily", "excerpt", "help", "library", "story", "trivia"], names.Order(StringComparer.Ordinal));
        var excerpt = put.Body!.AsArray().Single(c => (string)c!["name"]! == "excerpt")!;
        Assert.True((bool)excerpt["options"]!.AsArray().Single(o => (string)o!["name"]! == "story")!["autocomplete"]!);
    }

    [Fact]
    public async Task Start_TriviaRounds_RegisteredWithTheGamesOwnLimit()
    {
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var put = await Fake.WaitForRequestAsync(r => r.Method == "PUT" && r.Route == "PUT /applications/{application_id}/commands", timeout.Token);

        var trivia = put.Body!.AsArray().Single(c => (string)c!["name"]! == "trivia")!;
        var start = trivia["options"]!.AsArray().Single(o => (string)o!["name"]! == "start")!;
        var rounds = start["options"]!.AsArray().Single(o => (string)o!["name"]! == "rounds")!;
        Assert.Equal(new global::StoryBot.Trivia.TriviaOptions().MaxRounds, (int)rounds["max_value"]!);
        Assert.Equal(1, (int)rounds["min_value"]!);
    }

    [Fact]
    public async Task Start_DailyChannelOption_OffersOnlyChannelsThatCanBePostedIn()
    {
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var put = await Fake.WaitForRequestAsync(r => r.Method == "PUT" && r.Route == "PUT /applications/{application_id}/commands", timeout.Token);

        var daily = put.Body!.AsArray().Single(c => (string)c!["name"]! == "daily")!;
        var set = daily["options"]!.AsArray().Single(o => (string)o!["name"]! == "set")!;
        var channel = set["options"]!.AsArray().Single(o => (string)o!["name"]! == "channel")!;
        Assert.Equal("[0,5]", channel["channel_types"]!.ToJsonString());
        Assert.Null(daily["dm_permission"]);
        Assert.NotNull(daily["contexts"]);
    }

    [Fact]
    public async Task Excerpt_Random_AnswersInTimeWithAPassage()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt"));

        AssertAccepted(answer, type: 4);
        Assert.False(answer.IsEphemeral());
        Assert.False(string.IsNullOrWhiteSpace((string?)answer.Embed()["description"]));
        Assert.DoesNotContain(".txt", answer.Embed().ToJsonString(), StringComparison.Ordinal);
        Assert.Matches(@"^Scene \d+ · ¶ \d+", answer.Field("Position"));
    }

    [Fact]
    public async Task Excerpt_StoryAndChapter_StartsTheChapterWithFullEmbed()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt",
            [InteractionBuilders.Option("story", TestLibrary.SafeSlug), InteractionBuilders.Option("chapter", 1L)]));

        AssertAccepted(answer, type: 4);
        var embed = answer.Embed();
        Assert.Equal(TestLibrary.SafeTitle, (string)embed["title"]!);
        Assert.Equal("Kitsune Writer", (string)embed["author"]!["name"]!);
        Assert.Equal("1. The Return", answer.Field("Chapter"));
        Assert.Equal("Scene 1 · ¶ 1–4 of 6", answer.Field("Position"));
        Assert.Equal("37", answer.Field("Words"));
        Assert.DoesNotContain("leaf-village-tales-01", embed.ToJsonString(), StringComparison.Ordinal);
        Assert.StartsWith("The village gates stood open", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Equal(["◀ Previous", "Next ▶"], answer.Buttons().Select(b => (string)b["label"]!));
        Assert.True((bool?)answer.Buttons().First()["disabled"] ?? false);
    }

    [Fact]
    public async Task Excerpt_Character_ShowsAParagraphWhereTheyAreSpeaking()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option("character", "Sakura Haruno")]));

        AssertAccepted(answer, type: 4);
        var text = (string)answer.Embed()["description"]!;
        Assert.True(text.StartsWith("Sakura ran toward him.", StringComparison.Ordinal) || text.StartsWith("\"Again,\" Sakura said.", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task Excerpt_Search_BestMatchWithWordsInBold()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option("search", "ichiraku ramen")]));

        AssertAccepted(answer, type: 4);
        var text = (string)answer.Embed()["description"]!;
        Assert.StartsWith("The **ramen** stand was the first place they went. **Ichiraku** smelled", text, StringComparison.Ordinal);
        Assert.Contains("*Nothing* had changed, and @\u200Beveryone", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excerpt_SearchOnSeeds_FindsTheImportedText()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option("search", "Rasengan")]));

        AssertAccepted(answer, type: 4);
        Assert.Contains("**", (string)answer.Embed()["description"]!, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{3}_[0-9a-f]{16}", answer.Embed().ToJsonString());
    }

    [Fact]
    public async Task Excerpt_MatureStoryInOrdinaryChannel_PoliteEphemeralRefusal()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option("story", TestLibrary.MatureSlug)]));

        AssertAccepted(answer, type: 4);
        Assert.True(answer.IsEphemeral());
        Assert.Contains("rated Mature", (string)answer.Data!["content"]!, StringComparison.Ordinal);
        Assert.Empty(answer.Data!["embeds"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task Excerpt_MatureStoryInNsfwChannel_IsServed()
    {
        var command = InteractionBuilders.SlashCommand("excerpt", [InteractionBuilders.Option("story", TestLibrary.MatureSlug)], channelId: DiscordBotFixture.NsfwChannelId);

        var answer = await Fake.AnswerOf(Fake.DispatchInteractionAsync(command));

        AssertAccepted(answer, type: 4);
        Assert.False(answer.IsEphemeral());
        Assert.Equal(TestLibrary.MatureTitle, (string)answer.Embed()["title"]!);
    }

    [Theory]
    [InlineData("story", "no-such-story-anywhere", "I couldn't find a story")]
    [InlineData("search", "xylophonequartz", "No passage matches")]
    [InlineData("character", "Zzyzx", "I don't know a character")]
    public async Task Excerpt_NothingFound_HelpfulEphemeralMessage(string option, string value, string expected)
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option(option, value)]));

        AssertAccepted(answer, type: 4);
        Assert.True(answer.IsEphemeral());
        Assert.Contains(expected, (string)answer.Data!["content"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExcerptButton_Next_UpdatesThePressedMessage()
    {
        var first = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt",
            [InteractionBuilders.Option("story", TestLibrary.SafeSlug), InteractionBuilders.Option("chapter", 1L)]));
        var next = first.CustomIdOf("Next");

        var answer = await Fake.AnswerOf(Fake.DispatchButtonPressAsync(next));

        AssertAccepted(answer, type: 7);
        Assert.Equal("Scene 1 · ¶ 5–6 of 6", answer.Field("Position"));
        Assert.Equal("Next chapter ▶", (string)answer.Buttons().Last()["label"]!);
    }

    [Fact]
    public async Task Autocomplete_Story_SuggestsMatchingTitles()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchAutocompleteAsync("excerpt", "story", "village"));

        AssertAccepted(answer, type: 8);
        var choices = answer.Data!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Contains(choices, c => (string)c!["value"]! == TestLibrary.SafeSlug);
        Assert.DoesNotContain(choices, c => (string)c!["value"]! == TestLibrary.MatureSlug);
    }

    [Fact]
    public async Task Autocomplete_Character_SuggestsMatchingNames()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchAutocompleteAsync("excerpt", "character", "sak"));

        AssertAccepted(answer, type: 8);
        Assert.Contains(answer.Data!["choices"]!.AsArray(), c => (string)c!["value"]! == "Sakura Haruno");
    }

    [Fact]
    public async Task StoryList_AndInfo_DescribeTheLibrary()
    {
        var list = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("story", [InteractionBuilders.Subcommand("list")]));
        var info = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("story", [InteractionBuilders.Subcommand("info", InteractionBuilders.Option("story", TestLibrary.SafeSlug))]));

        AssertAccepted(list, type: 4);
        Assert.Contains("**Leaf Village Tales** by Kitsune Writer", (string)list.Embed()["description"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(TestLibrary.MatureTitle, (string)list.Embed()["description"]!, StringComparison.Ordinal);
        AssertAccepted(info, type: 4);
        Assert.Equal("2", info.Field("Chapters"));
        Assert.Contains("Sakura Haruno (2)", info.Field("Who speaks most"), StringComparison.Ordinal);
        Assert.Equal("Naruto gets a *second* chance.", (string)info.Embed()["description"]!);
    }

    [Fact]
    public async Task Help_ListsEveryCommandOnePerLine()
    {
        var answer = await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("help"));

        AssertAccepted(answer, type: 4);
        Assert.True(answer.IsEphemeral());
        var lines = ((string)answer.Embed()["description"]!).Split('\n');
        Assert.Equal(10, lines.Length); // excerpt, story list, story info, help, trivia start|stop|leaderboard|stats, a blank line, the search example
        Assert.StartsWith("Search a word with `/excerpt search:", lines[^1], StringComparison.Ordinal);
        Assert.Matches(@"^</excerpt:\d+> `\[story\] \[chapter\] \[character\] \[search\]` — ", lines[0]);
        Assert.Matches(@"^</trivia start:\d+> `\[rounds\] \[story\] \[kind\]` — ", lines.Single(line => line.Contains("trivia start", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EveryMessage_CarriesEmptyAllowedMentions()
    {
        await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("help"));
        await Fake.AnswerOf(Fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option("search", "ramen")]));

        var messages = Fake.Callbacks.Where(c => c.Type is 4 or 7).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, c => Assert.Equal("{\"parse\":[]}", c.Data!["allowed_mentions"]!.ToJsonString()));
        Assert.All(Fake.Requests.Where(r => r.Body is not null), r => Assert.Empty(r.SchemaViolations));
    }

    private static void AssertAccepted(RecordedCallback callback, int type)
    {
        Assert.Equal(type, callback.Type);
        Assert.InRange(callback.Status, 200, 299);
    }
}
