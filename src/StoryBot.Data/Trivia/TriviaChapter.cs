namespace StoryBot.Data.Trivia;

/// <summary>Where a line or passage sits, for the answer's context ("Second Chances, chapter 1: Many Regrets").</summary>
public sealed record TriviaChapter(long Id, long StoryId, int Number, string? Title);
