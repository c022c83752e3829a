using StoryBot.Corpus.Model;

namespace StoryBot.Data.Queries;

public sealed record StorySummary(
    int Id,
    string Slug,
    string Title,
    string? Author,
    Rating Rating,
    string? Summary,
    string? SourceUrl,
    int ChapterCount,
    int WordCount);
