namespace StoryBot.Trivia.Questions;

/// <summary>What the reveal tells once a round closes: where the text comes from and, when known, who said it to whom.</summary>
public sealed record AnswerContext(
    string StoryTitle,
    int ChapterNumber,
    string? ChapterTitle,
    string? Speaker,
    string? Addressee,
    string FullText);
