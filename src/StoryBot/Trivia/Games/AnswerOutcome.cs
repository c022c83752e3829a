namespace StoryBot.Trivia.Games;

/// <summary>What happened to a button press.</summary>
public enum AnswerOutcome
{
    Accepted = 0,
    AlreadyAnswered = 1,

    /// <summary>The round closed (the deadline passed, or the button belongs to an earlier round).</summary>
    TooLate = 2,

    GameOver = 3,
}
