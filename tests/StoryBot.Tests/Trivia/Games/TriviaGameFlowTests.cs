using StoryBot.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Rendering;

namespace StoryBot.Tests.Trivia.Games;

/// <summary>Whole games through the feature contract: the command router, a fake channel messenger and a fake clock.</summary>
public abstract class TriviaGameFlowTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
    private static readonly CommandContext Ino = TriviaHarness.As(1, "Ino");
    private static readonly CommandContext Kiba = TriviaHarness.As(2, "Kiba");
    private static readonly CommandContext Shino = TriviaHarness.As(3, "Shino");

    [StoreFact]
    public async Task Start_ThreePlayers_RightWrongTwiceLate_ScoredRevealedAndPodium()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);

        var started = await harness.SlashAsync(Ino, "start", ("rounds", 2L));
        Assert.Equal(BotReplyKind.Message, started.Kind);
        Assert.False(started.Message!.Ephemeral);
        Assert.Contains("Ino started a game of 2 questions", started.Message.Content, StringComparison.Ordinal);

        // Question 1: Ino right after 2 s, Kiba wrong after 5 s, Ino again, then Shino after the deadline.
        var (messageId, question) = await harness.Messenger.WaitForSentAsync(1);
        var round = CurrentRound(harness);
        var opened = harness.Time.GetUtcNow();
        Assert.Contains($"<t:{(opened + Window).ToUnixTimeSeconds()}:R>", question.Embeds[0].Description, StringComparison.Ordinal);
        var buttons = question.Components.Single().Buttons;
        Assert.Equal(["A", "B", "C", "D"], buttons.Select(button => button.Label));
        var right = buttons[round.Question.AnswerIndex].CustomId!;
        var wrong = buttons[(round.Question.AnswerIndex + 1) % 4].CustomId!;

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var locked = await harness.PressAsync(Ino, messageId, right);
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        await harness.PressAsync(Kiba, messageId, wrong);
        var twice = await harness.PressAsync(Ino, messageId, wrong);

        Assert.True(locked.Message!.Ephemeral);
        Assert.StartsWith("🔒 Locked in", locked.Message.Content, StringComparison.Ordinal);
        Assert.True(twice.Message!.Ephemeral);
        Assert.Contains("already answered", twice.Message.Content, StringComparison.Ordinal);

        await harness.Time.WaitForTimerDueAsync(opened + Window);
        harness.Time.Advance(TimeSpan.FromSeconds(15));
        var (revealedId, reveal) = await harness.Messenger.WaitForEditAsync(1);
        var late = await harness.PressAsync(Shino, messageId, right);

        Assert.Equal(messageId, revealedId);
        Assert.Contains("Too late", late.Message!.Content, StringComparison.Ordinal);
        var revealed = reveal.Components.Single().Buttons;
        Assert.All(revealed, button => Assert.True(button.Disabled));
        Assert.Equal(BotButtonStyle.Success, revealed[round.Question.AnswerIndex].Style);
        Assert.Single(revealed, button => button.Style == BotButtonStyle.Success);
        var field = Assert.Single(reveal.Embeds[0].Fields);
        Assert.Equal("Ino +950 (2.0 s)", field.Value);
        Assert.Contains("said it", reveal.Embeds[0].Description, StringComparison.Ordinal);

        // Discord renders <t:…> in descriptions, not in footers: the countdown to the next question is in the description.
        Assert.Null(reveal.Embeds[0].Footer);
        Assert.Matches(@"\n\nNext question <t:\d+:R>\.$", reveal.Embeds[0].Description);
        Assert.Contains("Second Chances", reveal.Embeds[0].Description, StringComparison.Ordinal);

        // Question 2 after the pause: only Kiba answers, right away.
        await harness.Time.WaitForTimerDueAsync(opened + Window + Pause);
        harness.Time.Advance(Pause);
        var (secondId, second) = await harness.Messenger.WaitForSentAsync(2);
        var secondRound = CurrentRound(harness);
        Assert.StartsWith("Question 2 of 2", second.Embeds[0].Title, StringComparison.Ordinal);
        await harness.PressAsync(Kiba, secondId, second.Components.Single().Buttons[secondRound.Question.AnswerIndex].CustomId!);
        await harness.Time.WaitForTimerDueAsync(secondRound.Deadline);
        harness.Time.Advance(Window);
        await harness.Messenger.WaitForEditAsync(2);

        var (_, podium) = await harness.Messenger.WaitForSentAsync(3);
        Assert.Equal("🏆 Trivia results", podium.Embeds[0].Title);
        var lines = podium.Embeds[0].Description!.Split('\n');
        Assert.Equal("🥇 <@2> — 1,000 pts (1 of 2 right)", lines[0]);
        Assert.Equal("🥈 <@1> — 950 pts (1 of 1 right)", lines[1]);
        Assert.Contains("All 2 questions played", podium.Embeds[0].Description, StringComparison.Ordinal);
        await WaitForGameToEndAsync(harness);

        var store = harness.Services.GetRequiredService<TriviaStore>();
        var ino = await store.StatsAsync(TriviaHarness.Guild, 1, CancellationToken.None);
        Assert.Equal(new PlayerStats(1, "Ino", 1, 1, 1, 950, 1, TimeSpan.FromSeconds(2)), ino);

        // The leaderboard counts this game exactly as the podium did.
        var board = await harness.SlashAsync(Ino, "leaderboard");
        var boardLines = board.Message!.Embeds[0].Description!.Split('\n');
        Assert.Contains("1 of 2 right", boardLines[0], StringComparison.Ordinal);
        Assert.Contains("1 of 1 right", boardLines[1], StringComparison.Ordinal);
        var over = await harness.PressAsync(Shino, secondId, second.Components.Single().Buttons[0].CustomId!);
        Assert.Contains("This trivia game is over", over.Message!.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_GameAlreadyRunning_PointsToIt()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        await harness.SlashAsync(Ino, "start");
        var (messageId, _) = await harness.Messenger.WaitForSentAsync(1);

        var second = await harness.SlashAsync(Kiba, "start");

        Assert.True(second.Message!.Ephemeral);
        Assert.Contains("already running in this channel (question 1 of 10, started by Ino)", second.Message.Content, StringComparison.Ordinal);
        Assert.Contains($"https://discord.com/channels/{TriviaHarness.Guild}/{TriviaHarness.Channel}/{messageId}", second.Message.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_OtherChannel_RunsItsOwnGame()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        await harness.SlashAsync(Ino, "start");
        var elsewhere = await harness.SlashAsync(TriviaHarness.As(2, "Kiba", channel: 11), "start");

        Assert.False(elsewhere.Message!.Ephemeral);
        Assert.Equal(2, harness.Services.GetRequiredService<TriviaGameRegistry>().Count);
    }

    [StoreFact]
    public async Task Stop_SomeoneElseWithoutManageMessages_Refused()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        await harness.SlashAsync(Ino, "start");
        await harness.Messenger.WaitForSentAsync(1);

        var refused = await harness.SlashAsync(Kiba, "stop");

        Assert.True(refused.Message!.Ephemeral);
        Assert.Contains("Only Ino", refused.Message.Content, StringComparison.Ordinal);
        Assert.NotNull(harness.Services.GetRequiredService<TriviaGameRegistry>().InChannel(TriviaHarness.Channel));
    }

    [StoreTheory]
    [InlineData(1UL, "Ino", BotPermissions.None)]
    [InlineData(4UL, "Shikamaru", BotPermissions.ManageMessages)]
    public async Task Stop_StarterOrModerator_RevealsOpenQuestionAndPostsPodium(ulong userId, string name, BotPermissions permissions)
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        await harness.SlashAsync(Ino, "start");
        var (messageId, question) = await harness.Messenger.WaitForSentAsync(1);
        await harness.PressAsync(Kiba, messageId, question.Components.Single().Buttons[CurrentRound(harness).Question.AnswerIndex].CustomId!);

        var stopped = await harness.SlashAsync(TriviaHarness.As(userId, name, permissions), "stop");

        Assert.False(stopped.Message!.Ephemeral);
        Assert.Contains($"{name} stopped the trivia game", stopped.Message.Content, StringComparison.Ordinal);
        var (revealedId, reveal) = await harness.Messenger.WaitForEditAsync(1);
        Assert.Equal(messageId, revealedId);
        Assert.All(reveal.Components.Single().Buttons, button => Assert.True(button.Disabled));
        var (_, podium) = await harness.Messenger.WaitForSentAsync(2);
        Assert.Contains($"Stopped by {name} after 1 question.", podium.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("<@2>", podium.Embeds[0].Description, StringComparison.Ordinal);
        await WaitForGameToEndAsync(harness);
        var none = await harness.SlashAsync(Ino, "stop");
        Assert.Contains("No trivia game is running", none.Message!.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Play_ThreeQuestionsNobodyAnswers_EndsByItself()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        await harness.SlashAsync(Ino, "start", ("rounds", 10L));

        for (var question = 1; question <= 3; question++)
        {
            await harness.Messenger.WaitForSentAsync(question);
            var round = CurrentRound(harness);
            await harness.Time.WaitForTimerDueAsync(round.Deadline);
            harness.Time.Advance(Window);
            var (_, reveal) = await harness.Messenger.WaitForEditAsync(question);
            Assert.Equal("Nobody answered.", reveal.Embeds[0].Fields[0].Value);
            if (question < 3)
            {
                await harness.Time.WaitForTimerDueAsync(round.Deadline + Pause);
                harness.Time.Advance(Pause);
            }
        }

        var (_, podium) = await harness.Messenger.WaitForSentAsync(4);
        Assert.Contains("Nobody answered this time.", podium.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("Ended after 3 questions: nobody answered the last few.", podium.Embeds[0].Description, StringComparison.Ordinal);
        await WaitForGameToEndAsync(harness);
    }

    [StoreFact]
    public async Task Play_DiscordFailsOnceToPostAndOnceToEdit_GameGoesOn()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        harness.Messenger.FailSends = 1;
        harness.Messenger.FailEdits = 1;
        await harness.SlashAsync(Ino, "start", ("rounds", 1L));

        // The first post fails; the question goes out after the pause instead.
        await harness.Time.WaitForTimerAsync(_ => true);
        harness.Time.Advance(Pause);
        var (messageId, question) = await harness.Messenger.WaitForSentAsync(1);
        await harness.PressAsync(Ino, messageId, question.Components.Single().Buttons[CurrentRound(harness).Question.AnswerIndex].CustomId!);
        await harness.Time.WaitForTimerDueAsync(CurrentRound(harness).Deadline);
        harness.Time.Advance(Window);

        // The edit fails; the reveal comes as a new message, then the podium.
        var (_, reveal) = await harness.Messenger.WaitForSentAsync(2);
        Assert.Empty(reveal.Components);
        Assert.Equal("Question 1 of 1 · Who said it?", reveal.Embeds[0].Title);
        var (_, podium) = await harness.Messenger.WaitForSentAsync(3);
        Assert.Contains("🥇 <@1>", podium.Embeds[0].Description, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Play_ChannelDeleted_GameEndsQuietly()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        harness.Messenger.ChannelGone = true;
        await harness.SlashAsync(Ino, "start");

        await WaitForGameToEndAsync(harness);

        Assert.Empty(harness.Messenger.Sent);
        var stored = await harness.Services.GetRequiredService<TriviaStore>().FindGameAsync(1, CancellationToken.None);
        Assert.Equal(GameEndReason.DiscordErrors, stored!.EndReason);
    }

    [StoreFact]
    public async Task Start_ChannelTheBotCannotPostIn_RefusedUpFront()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        harness.Messenger.CannotSend = true;

        var reply = await harness.SlashAsync(Ino, "start");

        Assert.True(reply.Message!.Ephemeral);
        Assert.StartsWith("I can't post in this channel", reply.Message.Content, StringComparison.Ordinal);
        Assert.Equal(0, harness.Services.GetRequiredService<TriviaGameRegistry>().Count);
    }

    [StoreTheory]
    [InlineData("kind", "riddles", "I don't know the question kind “riddles”")]
    [InlineData("story", "No Such Story At All", "I couldn't find a story called “No Such Story At All”")]
    [InlineData("rounds", 500L, "A game has 1 to 30 questions.")]
    public async Task Start_BadOption_HelpfulEphemeral(string option, object value, string expected)
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);

        var reply = await harness.SlashAsync(Ino, "start", (option, value));

        Assert.True(reply.Message!.Ephemeral);
        Assert.StartsWith(expected, reply.Message.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Start_EmptyLibrary_SaysThereIsNothingToAsk()
    {
        await using var harness = await TriviaHarness.StartAsync(new CorpusBuilder().Build(), provider: Provider);

        var reply = await harness.SlashAsync(Ino, "start");

        Assert.Equal("The library is empty, so there is nothing to ask yet. Add chapter files to the seed folder first.", reply.Message!.Content);
    }

    [StoreFact]
    public async Task Press_ButtonOfUnknownGame_ExplainsGameIsOver()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);

        var reply = await harness.PressAsync(Ino, 1, new TriviaCustomId(99, 1, 0).ToString());

        Assert.True(reply.Message!.Ephemeral);
        Assert.Equal("This trivia game is over. Start a new one with `/trivia start`.", reply.Message.Content);
    }

    internal static GameRound CurrentRound(TriviaHarness harness) =>
        harness.Services.GetRequiredService<TriviaGameRegistry>().InChannel(TriviaHarness.Channel)?.CurrentRound
        ?? throw new InvalidOperationException("No round is open.");

    internal static async Task WaitForGameToEndAsync(TriviaHarness harness)
    {
        var registry = harness.Services.GetRequiredService<TriviaGameRegistry>();
        var runner = harness.Services.GetRequiredService<TriviaGameRunner>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (registry.Count > 0 || runner.RunningCount > 0)
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
