namespace StoryBot.Excerpts;

/// <summary>A paragraph found by search: its chapter and chapter-wide index.</summary>
public sealed record ParagraphHit(int ChapterId, int Index);
