namespace StoryBot.Data.Search;

/// <summary>A matched word inside <see cref="SearchHit.Snippet"/> (UTF-16 offsets), for any renderer.</summary>
public readonly record struct HighlightRange(int Start, int Length);
