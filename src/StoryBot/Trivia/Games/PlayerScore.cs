namespace StoryBot.Trivia.Games;

/// <summary>One player's running totals within a game.</summary>
public sealed record PlayerScore(
    ulong UserId,
    string Name,
    int Points = 0,
    int Answered = 0,
    int Correct = 0,
    int Streak = 0,
    int BestStreak = 0,
    TimeSpan? FastestCorrect = null);
