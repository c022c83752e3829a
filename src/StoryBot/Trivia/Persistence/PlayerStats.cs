namespace StoryBot.Trivia.Persistence;

/// <summary>A player's record in one server (or everywhere, in DMs).</summary>
public sealed record PlayerStats(
    ulong UserId,
    string? Name,
    int Games,
    int Answered,
    int Correct,
    int Points,
    int BestStreak,
    TimeSpan? FastestCorrect)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}
