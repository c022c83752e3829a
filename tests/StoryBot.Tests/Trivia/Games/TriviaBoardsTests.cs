using StoryBot.Data.Storage;
using StoryBot.Commands;
using StoryBot.Tests.Trivia.Support;

namespace StoryBot.Tests.Trivia.Games;

/// <summary>Leaderboard and stats after two whole games, read back from the database.</summary>
public abstract class TriviaBoardsTests
{
    protected abstract DatabaseProvider Provider { get; }

    private static readonly CommandContext Ino = TriviaHarness.As(1, "Ino");
    private static readonly CommandContext Kiba = TriviaHarness.As(2, "Kiba");

    [StoreFact]
    public async Task Leaderboard_AfterTwoGames_RanksByPointsAndStatsAddUp()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);

        // Game 1: one question; Ino right at 0 s (1000), Kiba wrong.
        await harness.SlashAsync(Ino, "start", ("rounds", 1L));
        await GameDriver.PlayRoundAsync(harness, 1, 1, (Ino, true, 0), (Kiba, false, 10));
        await harness.Messenger.WaitForSentAsync(2);
        await TriviaGameFlowTests.WaitForGameToEndAsync(harness);

        // Game 2: two questions; Kiba right at 10 s then at 0 s (750, then 1000 + 100 streak); Ino wrong, then right at 5 s (875).
        await harness.SlashAsync(Kiba, "start", ("rounds", 2L));
        await GameDriver.PlayRoundAsync(harness, 3, 2, (Kiba, true, 10), (Ino, false, 1));
        await GameDriver.NextQuestionAsync(harness);
        await GameDriver.PlayRoundAsync(harness, 4, 3, (Kiba, true, 0), (Ino, true, 5));
        await harness.Messenger.WaitForSentAsync(5);
        await TriviaGameFlowTests.WaitForGameToEndAsync(harness);

        var board = await harness.SlashAsync(Ino, "leaderboard");
        var stats = await harness.SlashAsync(Ino, "stats", ("user", 2UL));
        var mine = await harness.SlashAsync(Ino, "stats");

        Assert.False(board.Message!.Ephemeral);
        Assert.Equal("🏆 Trivia leaderboard — all time", board.Message.Embeds[0].Title);
        Assert.Equal(
            ["🥇 <@1> — 1,875 pts · 2 of 3 right · 2 games", "🥈 <@2> — 1,850 pts · 2 of 3 right · 2 games"],
            board.Message.Embeds[0].Description!.Split('\n'));
        Assert.Equal("<@2>", stats.Message!.Embeds[0].Description);
        Assert.Equal(["2", "2 of 3", "67%", "1,850", "2", "0.0 s"], stats.Message.Embeds[0].Fields.Select(field => field.Value));
        Assert.Equal(["2", "2 of 3", "67%", "1,875", "1", "0.0 s"], mine.Message!.Embeds[0].Fields.Select(field => field.Value));
    }

    [StoreFact]
    public async Task Leaderboard_ThisWeek_OnlyCountsAnswersSinceMonday()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);
        await harness.SlashAsync(Ino, "start", ("rounds", 1L));
        await GameDriver.PlayRoundAsync(harness, 1, 1, (Ino, true, 0));
        await harness.Messenger.WaitForSentAsync(2);
        await TriviaGameFlowTests.WaitForGameToEndAsync(harness);

        var thisWeek = await harness.SlashAsync(Kiba, "leaderboard", ("period", "week"));
        harness.Time.Advance(TimeSpan.FromDays(7));
        var nextWeek = await harness.SlashAsync(Kiba, "leaderboard", ("period", "week"));
        var allTime = await harness.SlashAsync(Kiba, "leaderboard", ("period", "all"));

        Assert.Equal("🥇 <@1> — 1,000 pts · 1 of 1 right · 1 game", thisWeek.Message!.Embeds[0].Description);
        Assert.Equal("No trivia answers this week. Start a game with `/trivia start`!", nextWeek.Message!.Embeds[0].Description);
        Assert.Equal("🥇 <@1> — 1,000 pts · 1 of 1 right · 1 game", allTime.Message!.Embeds[0].Description);
    }

    [StoreFact]
    public async Task Stats_NeverPlayed_FriendlyEphemeral()
    {
        await using var harness = await TriviaHarness.StartAsync(GameCorpus.WhoSaidIt(), provider: Provider);

        var stats = await harness.SlashAsync(Ino, "stats");

        Assert.True(stats.Message!.Ephemeral);
        Assert.Equal("You haven't played trivia in this server yet. `/trivia start` starts a game.", stats.Message.Content);
        var other = await harness.SlashAsync(Ino, "stats", ("user", 2UL));
        Assert.Equal("<@2> hasn't played trivia in this server yet. `/trivia start` starts a game.", other.Message!.Content);
    }

    [StoreTheory]
    [InlineData("2026-11-23T12:00:00Z", "2026-11-23T00:00:00Z")]
    [InlineData("2026-11-29T23:59:00Z", "2026-11-23T00:00:00Z")]
    [InlineData("2026-11-30T00:00:00Z", "2026-11-30T00:00:00Z")]
    public void StartOfWeek_AnyDay_IsMondayMidnightUtc(string now, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), StoryBot.Trivia.Commands.TriviaBoards.StartOfWeek(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
