using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Tests.Support;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;

namespace StoryBot.Tests.Trivia.EndToEnd;

/// <summary>A whole game through the fake Discord and our own Discord client: commands, buttons, edits, podium.</summary>
public sealed class TriviaDiscordTests : IAsyncLifetime
{
    private const ulong Channel = FakeChannel.DefaultId;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(20);
    private readonly TestClock _clock = new();
    private FakeDiscordServer _fake = null!;
    private TestLibrary _library = null!;
    private TriviaBotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());
        _library = await TestLibrary.CreateAsync();
        _bot = await TriviaBotHost.StartAsync(_fake, _library, _clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
        await _library.DisposeAsync();
    }

    [Fact]
    public async Task Game_FourPlayersClickRightWrongTwiceAndLate_PlayedThroughDiscord()
    {
        var start = await _fake.AnswerOf(_fake.DispatchInteractionAsync(
            InteractionBuilders.SlashCommand("trivia", [InteractionBuilders.Subcommand("start", InteractionBuilders.Option("rounds", 2L), InteractionBuilders.Option("kind", "who"))], userId: 201)));
        Assert.Equal(4, start.Type);
        Assert.False(start.IsEphemeral());
        Assert.Contains("started a game of 2 “Who said it?” questions", (string)start.Data!["content"]!, StringComparison.Ordinal);

        // Question 1, posted as a channel message with the bot token.
        var (questionId, question) = await PostedAsync(1);
        var round = Round();
        var buttons = Buttons(question);
        Assert.Equal(["A", "B", "C", "D"], buttons.Select(button => (string)button["label"]!));
        var right = (string)buttons[round.Question.AnswerIndex]["custom_id"]!;
        var wrong = (string)buttons[(round.Question.AnswerIndex + 1) % buttons.Count]["custom_id"]!;

        _clock.Advance(TimeSpan.FromSeconds(4));
        var locked = await PressAsync(right, 201, questionId);
        var wrongAnswer = await PressAsync(wrong, 202, questionId);
        var twice = await PressAsync(wrong, 201, questionId);
        Assert.All(new[] { locked, wrongAnswer, twice }, callback => Assert.True(callback.IsEphemeral()));
        Assert.StartsWith("🔒 Locked in", (string)locked.Data!["content"]!, StringComparison.Ordinal);
        Assert.Contains("already answered", (string)twice.Data!["content"]!, StringComparison.Ordinal);

        // The deadline: the same message is edited, buttons disabled, the right one green.
        await _clock.WaitForTimerDueAsync(round.Deadline);
        _clock.Advance(round.Deadline - _clock.GetUtcNow());
        var reveal = await EditedAsync(questionId, 1);
        var revealed = reveal.Body!["components"]![0]!["components"]!.AsArray();
        Assert.All(revealed, button => Assert.True((bool)button!["disabled"]!));
        Assert.Equal(3, (int)revealed[round.Question.AnswerIndex]!["style"]!);
        Assert.Equal("user201 +900 (4.0 s)", (string)reveal.Body["embeds"]![0]!["fields"]![0]!["value"]!);
        var late = await PressAsync(right, 203, questionId);
        Assert.True(late.IsEphemeral());
        Assert.Contains("Too late", (string)late.Data!["content"]!, StringComparison.Ordinal);

        // Question 2 after the pause; user202 answers right at once; then the podium.
        await _clock.WaitForTimerDueAsync(round.Deadline + TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));
        var (secondId, second) = await PostedAsync(2);
        var secondRound = Round();
        await PressAsync((string)Buttons(second)[secondRound.Question.AnswerIndex]["custom_id"]!, 202, secondId);
        await _clock.WaitForTimerDueAsync(secondRound.Deadline);
        _clock.Advance(Window);
        await EditedAsync(secondId, 1);
        var (_, podium) = await PostedAsync(3);
        var lines = ((string)podium["embeds"]![0]!["description"]!).Split('\n');
        Assert.Equal("🥇 <@202> — 1,000 pts (1 of 2 right)", lines[0]);
        Assert.Equal("🥈 <@201> — 900 pts (1 of 1 right)", lines[1]);

        // Every message the bot sent is valid against Discord's schema and pings nobody.
        var writes = _fake.Requests.Where(request => request.Path.StartsWith($"/channels/{Channel}/messages", StringComparison.Ordinal) && request.Body is not null).ToList();
        Assert.Equal(5, writes.Count);
        Assert.All(writes, request => Assert.Empty(request.SchemaViolations));
        Assert.All(writes, request => Assert.Equal("{\"parse\":[]}", request.Body!["allowed_mentions"]!.ToJsonString()));
        Assert.All(_fake.Callbacks.Where(callback => callback.Type == 4), callback => Assert.Equal("{\"parse\":[]}", callback.Data!["allowed_mentions"]!.ToJsonString()));

        var stats = await _fake.AnswerOf(_fake.DispatchInteractionAsync(
            InteractionBuilders.SlashCommand("trivia", [InteractionBuilders.Subcommand("stats")], userId: 201)));
        Assert.Equal("1 of 1", Field(stats, "Right answers"));
        Assert.Equal("4.0 s", Field(stats, "Fastest right answer"));
    }

    private GameRound Round() =>
        _bot.Services.GetRequiredService<TriviaGameRegistry>().InChannel(Channel)?.CurrentRound ?? throw new InvalidOperationException("No round.");

    private async Task<(ulong Id, JsonObject Message)> PostedAsync(int count)
    {
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var posts = 0;
        var request = await _fake.WaitForRequestAsync(
            r => r.Method == "POST" && r.Route == "POST /channels/{channel_id}/messages" && r.Status == 200 && ++posts == count,
            timeout.Token);
        var id = ulong.Parse((string)request.ResponseBody!["id"]!, System.Globalization.CultureInfo.InvariantCulture);
        return (id, request.Body!.AsObject());
    }

    private async Task<RecordedRequest> EditedAsync(ulong messageId, int count)
    {
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var edits = 0;
        return await _fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"/channels/{Channel}/messages/{messageId}" && ++edits == count, timeout.Token);
    }

    private Task<RecordedCallback> PressAsync(string customId, ulong userId, ulong messageId) =>
        _fake.AnswerOf(_fake.DispatchButtonPressAsync(customId, userId, messageId));

    private static List<JsonObject> Buttons(JsonObject message) =>
        [.. message["components"]![0]!["components"]!.AsArray().Cast<JsonObject>()];

    private static string? Field(RecordedCallback callback, string name) => callback.Field(name);
}
