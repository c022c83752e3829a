namespace StoryBot.Trivia.Games;

public enum GamePhase
{
    /// <summary>Created; the first question is not out yet.</summary>
    Starting = 0,

    /// <summary>A question is open for answers.</summary>
    Asking = 1,

    /// <summary>Between questions: the last one is revealed, the next not yet asked.</summary>
    Revealing = 2,

    Ended = 3,
}
