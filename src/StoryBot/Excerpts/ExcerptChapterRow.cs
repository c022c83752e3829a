using StoryBot.Corpus.Model;

namespace StoryBot.Excerpts;

/// <summary>The chapter and story fields an excerpt page shows.</summary>
public sealed record ExcerptChapterRow(
    int Id, int Number, string? Title, int ParagraphCount, int SceneCount, int StoryId,
    string StoryTitle, string? Author, Rating Rating, string? SourceUrl);
