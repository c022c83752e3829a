using StoryBot.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Rendering;

namespace StoryBot.Tests.Trivia.Games;

/// <summary>What a host restart does to games: no dead buttons, no game left "running".</summary>
public abstract class TriviaRestartTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly CommandContext Ino = TriviaHarness.As(1, "Ino");

    [StoreFact]
    public async Task Stop_HostShutsDownMidQuestion_RevealsSaysGoodbyeAndOldButtonsExplain()
    {
        var first = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        first.KeepDatabase = true;
        await first.SlashAsync(Ino, "start");
        var (messageId, question) = await first.Messenger.WaitForSentAsync(1);

        await first.DisposeAsync();

        var (revealedId, reveal) = await first.Messenger.WaitForEditAsync(1);
        Assert.Equal(messageId, revealedId);
        Assert.All(reveal.Components.Single().Buttons, button => Assert.True(button.Disabled));
        var (_, goodbye) = await first.Messenger.WaitForSentAsync(2);
        Assert.Contains("StoryBot is restarting, so the game ended after 1 question. Sorry!", goodbye.Embeds[0].Description, StringComparison.Ordinal);

        await using var second = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), first.DatabasePath, provider: Provider);
        var press = await second.PressAsync(Ino, messageId, question.Components.Single().Buttons[0].CustomId!);
        var stored = await second.Services.GetRequiredService<TriviaStore>().FindGameAsync(1, CancellationToken.None);

        Assert.Equal(GameStatus.Ended, stored!.Status);
        Assert.Equal("This trivia game is over. It ended when StoryBot restarted. Start a new one with `/trivia start`.", press.Message!.Content);
        Assert.Empty(second.Messenger.Edits);
        var again = await second.SlashAsync(Ino, "start");
        Assert.False(again.Message!.Ephemeral);
    }

    [StoreFact]
    public async Task Start_GameLeftRunningByACrash_EndedAndItsOpenQuestionReplaced()
    {
        var first = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        first.KeepDatabase = true;
        var store = first.Services.GetRequiredService<TriviaStore>();
        var gameId = await store.CreateGameAsync(
            new TriviaGameRecord { ChannelId = TriviaHarness.Channel, GuildId = TriviaHarness.Guild, StarterName = "Ino", StarterId = 1, Rounds = 10, StartedAt = DateTime.UtcNow },
            CancellationToken.None);
        using (var crashed = new TriviaGame(gameId, TriviaHarness.Guild, TriviaHarness.Channel, 1, "Ino", new GameSettings(10, QuestionFilter.None), TestClock.DefaultStart, new StoryBot.Trivia.Scoring.Scorer(new())))
        {
            crashed.OpenRound(GameCorpusQuestion(), TestClock.DefaultStart, TimeSpan.FromSeconds(20), 777);
            await store.AddRoundAsync(gameId, crashed, crashed.CurrentRound!, CancellationToken.None);
        }

        await first.DisposeAsync();
        await using var second = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), first.DatabasePath, provider: Provider);

        var (editedId, notice) = await second.Messenger.WaitForEditAsync(1);
        Assert.Equal(777UL, editedId);
        Assert.Equal("Trivia ended", notice.Embeds[0].Title);
        Assert.Empty(notice.Components);
        var stored = await second.Services.GetRequiredService<TriviaStore>().FindGameAsync(gameId, CancellationToken.None);
        Assert.Equal((GameStatus.Ended, GameEndReason.Shutdown), (stored!.Status, stored.EndReason));
        var press = await second.PressAsync(Ino, 777, new TriviaCustomId(gameId, 1, 0).ToString());
        Assert.Contains("It ended when StoryBot restarted.", press.Message!.Content, StringComparison.Ordinal);
    }

    private static TriviaQuestion GameCorpusQuestion() => new(
        QuestionKind.WhoSaidIt, "who:1", "line:1", 1, "A line long enough to ask about, truly.", ["A", "B"], 0,
        new AnswerContext("Second Chances", 1, null, "A", null, "A line long enough to ask about, truly."));
}
