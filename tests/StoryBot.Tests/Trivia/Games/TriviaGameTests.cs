using StoryBot.Trivia.Games;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Scoring;

namespace StoryBot.Tests.Trivia.Games;

public class TriviaGameTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(20);

    [Fact]
    public void TryAnswer_FirstPress_AcceptedSecondPress_AlreadyAnswered()
    {
        using var game = NewGame();
        game.OpenRound(Question(1), Start, Window, 1);

        Assert.Equal(AnswerOutcome.Accepted, game.TryAnswer(7, "ino", 1, 1, Start.AddSeconds(2)));
        Assert.Equal(AnswerOutcome.AlreadyAnswered, game.TryAnswer(7, "ino", 1, 0, Start.AddSeconds(3)));
    }

    [Fact]
    public void TryAnswer_AtDeadlineOrOldRound_TooLate()
    {
        using var game = NewGame();
        game.OpenRound(Question(1), Start, Window, 1);
        Assert.Equal(AnswerOutcome.TooLate, game.TryAnswer(7, "ino", 1, 1, Start + Window));
        game.CloseRound();
        game.OpenRound(Question(2), Start.AddMinutes(1), Window, 2);

        Assert.Equal(AnswerOutcome.TooLate, game.TryAnswer(7, "ino", 1, 1, Start.AddMinutes(1)));
    }

    [Fact]
    public void TryAnswer_EndedGame_GameOver()
    {
        using var game = NewGame();
        game.OpenRound(Question(1), Start, Window, 1);
        game.End(GameEndReason.Stopped);

        Assert.Equal(AnswerOutcome.GameOver, game.TryAnswer(7, "ino", 1, 1, Start));
    }

    [Fact]
    public void CloseRound_ThreeRounds_ScoresSpeedAndStreaksAndMissesBreakStreaks()
    {
        using var game = NewGame();

        game.OpenRound(Question(1), Start, Window, 1);
        game.TryAnswer(1, "ino", 1, 1, Start.AddSeconds(10));
        game.TryAnswer(2, "kiba", 1, 0, Start.AddSeconds(1));
        var first = game.CloseRound();

        var second = Start.AddMinutes(1);
        game.OpenRound(Question(2), second, Window, 2);
        game.TryAnswer(1, "ino", 2, 1, second);
        var secondResult = game.CloseRound();

        var third = Start.AddMinutes(2);
        game.OpenRound(Question(3), third, Window, 3);
        game.TryAnswer(2, "kiba", 3, 1, third.AddSeconds(20 - 5));
        game.CloseRound();

        Assert.Equal([2UL, 1UL], first.Answers.Select(answer => answer.UserId));
        Assert.Equal([1UL], first.Winners.Select(answer => answer.UserId));
        Assert.Equal(750, first.Answers[1].Score.Points);
        Assert.Equal(1000 + 100, secondResult.Answers[0].Score.Points);
        var standings = game.Standings();
        Assert.Equal(["ino", "kiba"], standings.Select(player => player.Name));
        Assert.Equal(new PlayerScore(1, "ino", 1850, 2, 2, 0, 2, TimeSpan.Zero), standings[0]);
        Assert.Equal(new PlayerScore(2, "kiba", 625, 2, 1, 1, 1, TimeSpan.FromSeconds(15)), standings[1]);
    }

    [Fact]
    public void CloseRound_NoAnswers_CountsIdleRoundsUntilSomeoneAnswers()
    {
        using var game = NewGame();
        game.OpenRound(Question(1), Start, Window, 1);
        game.CloseRound();
        game.OpenRound(Question(2), Start, Window, 2);
        game.CloseRound();
        Assert.Equal(2, game.IdleRounds);

        game.OpenRound(Question(3), Start, Window, 3);
        game.TryAnswer(1, "ino", 3, 0, Start);
        game.CloseRound();

        Assert.Equal(0, game.IdleRounds);
    }

    [Fact]
    public void RequestStop_Once_SignalsAndRemembersWho()
    {
        using var game = NewGame();

        Assert.True(game.RequestStop("shikamaru"));
        Assert.False(game.RequestStop("ino"));
        Assert.True(game.StopRequested.IsCancellationRequested);
        Assert.Equal("shikamaru", game.StoppedBy);
    }

    private static TriviaGame NewGame() =>
        new(1, 5, 10, 99, "starter", new GameSettings(10, QuestionFilter.None), Start, new Scorer(new ScoringOptions()));

    private static TriviaQuestion Question(int id) => new(
        QuestionKind.WhoSaidIt,
        $"who:{id}",
        $"line:{id}",
        1,
        "A line long enough to be asked about, truly.",
        ["Naruto", "Sasuke", "Sakura", "Kakashi"],
        1,
        new AnswerContext("Story", 1, null, "Sasuke", null, "A line long enough to be asked about, truly."));
}
