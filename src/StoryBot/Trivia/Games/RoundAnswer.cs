using StoryBot.Trivia.Scoring;

namespace StoryBot.Trivia.Games;

/// <summary>One player's answer to one question, scored when the round closes.</summary>
public sealed record RoundAnswer(ulong UserId, string Name, int Choice, DateTimeOffset At, TimeSpan Elapsed, bool Correct, AnswerScore Score);
