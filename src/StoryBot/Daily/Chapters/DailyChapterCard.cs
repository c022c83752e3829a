using StoryBot.Corpus.Model;

namespace StoryBot.Daily.Chapters;

/// <summary>What the daily post shows about one chapter. Text is raw (not yet escaped).</summary>
public sealed record DailyChapterCard(
    long ChapterId,
    string Key,
    string StoryTitle,
    int ChapterNumber,
    int StoryChapterCount,
    string? ChapterTitle,
    string? Author,
    Rating Rating,
    string? StorySummary,
    string OpeningLines,
    int WordCount,
    Uri? SourceUrl);
