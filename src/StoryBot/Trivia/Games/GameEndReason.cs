namespace StoryBot.Trivia.Games;

public enum GameEndReason
{
    /// <summary>Every round was played.</summary>
    Finished = 0,

    /// <summary><c>/trivia stop</c>.</summary>
    Stopped = 1,

    /// <summary>Too many rounds in a row without a single answer.</summary>
    NoAnswers = 2,

    /// <summary>No question left that fits the game's filters.</summary>
    OutOfQuestions = 3,

    /// <summary>The bot is shutting down (or restarted while the game ran).</summary>
    Shutdown = 4,

    /// <summary>Discord kept refusing the game's messages.</summary>
    DiscordErrors = 5,

    /// <summary>The front end's session ended normally (the console shell at <c>:quit</c> or end of input).</summary>
    SessionEnded = 6,
}
