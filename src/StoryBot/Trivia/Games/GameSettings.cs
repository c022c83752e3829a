using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Games;

/// <summary>What <c>/trivia start</c> asked for.</summary>
public sealed record GameSettings(int Rounds, QuestionFilter Filter, string? StoryTitle = null);
