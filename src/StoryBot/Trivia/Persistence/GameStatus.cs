namespace StoryBot.Trivia.Persistence;

public enum GameStatus
{
    Running = 0,
    Ended = 1,
}
