namespace StoryBot.Trivia.Persistence;

public sealed record LeaderboardEntry(int Rank, ulong UserId, string Name, int Points, int Correct, int Answered, int Games);
