namespace StoryBot.Data.Queries;

/// <summary>A paragraph with where it sits (story, chapter, scene) for excerpts and paging.</summary>
public sealed record ParagraphView(
    int Id,
    int StoryId,
    string StoryTitle,
    int ChapterId,
    int ChapterNumber,
    string? ChapterTitle,
    int Index,
    int SceneIndex,
    string? SceneHeading,
    int Start,
    int Length,
    string Text,
    int WordCount);
