namespace StoryBot.Data.Trivia;

/// <summary>A paragraph of story text, the raw material of "Which story?" questions.</summary>
public sealed record TriviaPassage(long Id, long StoryId, long ChapterId, int ParagraphIndex, string Text);
