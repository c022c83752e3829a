namespace StoryBot.Data.Search;

/// <summary>A paragraph found by <see cref="IStorySearch.FindPassageAsync"/>: its chapter and chapter-wide index.</summary>
public sealed record PassageHit(int ChapterId, int ParagraphIndex);
