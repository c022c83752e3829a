namespace StoryBot.Data.Trivia;

/// <summary>The first and last ids of the lines and paragraphs, for random seeks; null when there are none.</summary>
public sealed record IdRanges((int First, int Last)? Lines, (int First, int Last)? Paragraphs);
