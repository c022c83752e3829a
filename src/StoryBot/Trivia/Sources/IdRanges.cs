namespace StoryBot.Trivia.Sources;

/// <summary>The first and last ids of the lines and paragraphs, for random seeks; null when there are none.</summary>
internal sealed record IdRanges((int First, int Last)? Lines, (int First, int Last)? Paragraphs);
