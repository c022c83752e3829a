using StoryBot.Trivia.Scoring;

namespace StoryBot.Tests.Trivia.Scoring;

public class ScorerTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(20);
    private readonly Scorer _scorer = new(new ScoringOptions());

    [Fact]
    public void Score_WrongAnswer_NothingAndStreakBroken()
    {
        Assert.Equal(new AnswerScore(0, 0, 0, 0), _scorer.Score(false, TimeSpan.Zero, Window, streakBefore: 4));
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(5, 875)]
    [InlineData(10, 750)]
    [InlineData(20, 500)]
    [InlineData(25, 500)]
    public void Score_RightAnswer_SpeedBonusFallsLinearly(int seconds, int points)
    {
        var score = _scorer.Score(true, TimeSpan.FromSeconds(seconds), Window, streakBefore: 0);

        Assert.Equal(points, score.Points);
        Assert.Equal(1, score.Streak);
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(5, 500)]
    [InlineData(9, 500)]
    public void Score_RightAnswerInAStreak_StreakBonusCapped(int streakBefore, int bonus)
    {
        var score = _scorer.Score(true, Window, Window, streakBefore);

        Assert.Equal(bonus, score.StreakBonus);
        Assert.Equal(500 + bonus, score.Points);
        Assert.Equal(streakBefore + 1, score.Streak);
    }
}
