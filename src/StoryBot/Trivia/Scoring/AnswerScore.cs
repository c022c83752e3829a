namespace StoryBot.Trivia.Scoring;

/// <summary>What one answer earned, and the player's streak after it.</summary>
public readonly record struct AnswerScore(int Points, int SpeedBonus, int StreakBonus, int Streak)
{
    public static AnswerScore Wrong { get; } = new(0, 0, 0, 0);
}
