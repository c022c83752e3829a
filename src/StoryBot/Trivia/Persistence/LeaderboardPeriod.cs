namespace StoryBot.Trivia.Persistence;

public enum LeaderboardPeriod
{
    AllTime = 0,

    /// <summary>Since Monday 00:00 UTC of the current week.</summary>
    ThisWeek = 1,
}
