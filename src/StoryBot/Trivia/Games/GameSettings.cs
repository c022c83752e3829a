using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Games;

/// <summary>What <c>/trivia start</c> asked for, and whether the channel may see Mature/Explicit stories.</summary>
public sealed record GameSettings(int Rounds, QuestionFilter Filter, bool AllowsMatureContent = false, string? StoryTitle = null);
