namespace StoryBot.Trivia.Questions;

/// <summary>A question that can be made from one line or passage, before its choices are drawn.</summary>
public sealed record QuestionCandidate(QuestionKind Kind, string Key, string SourceKey, long StoryId, long SourceId);
