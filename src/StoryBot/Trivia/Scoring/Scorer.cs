namespace StoryBot.Trivia.Scoring;

/// <summary>
/// Scores an answer: a right answer earns <see cref="ScoringOptions.CorrectPoints"/>, plus a speed bonus proportional to
/// the time left, plus a streak bonus for consecutive right answers. A wrong answer (or no answer) earns nothing and
/// breaks the streak.
/// </summary>
public sealed class Scorer(ScoringOptions options)
{
    public AnswerScore Score(bool correct, TimeSpan elapsed, TimeSpan window, int streakBefore)
    {
        if (!correct)
        {
            return AnswerScore.Wrong;
        }

        var left = window <= TimeSpan.Zero ? 0 : Math.Clamp(1 - (elapsed / window), 0, 1);
        var speed = (int)Math.Round(options.MaxSpeedBonus * left, MidpointRounding.AwayFromZero);
        var streak = streakBefore + 1;
        var streakBonus = Math.Min(options.StreakBonusStep * (streak - 1), options.MaxStreakBonus);
        return new AnswerScore(options.CorrectPoints + speed + streakBonus, speed, streakBonus, streak);
    }
}
