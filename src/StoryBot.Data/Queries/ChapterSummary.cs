namespace StoryBot.Data.Queries;

public sealed record ChapterSummary(
    int Id,
    int StoryId,
    int Number,
    string? Title,
    string FileName,
    int WordCount,
    int SceneCount,
    int ParagraphCount,
    int DialogueCount,
    string EncodingName,
    string ContentHash,
    string? SourceUrl,
    DateTime ImportedAt);
