namespace StoryBot.Data.Search;

/// <summary>
/// One ranked passage. <see cref="Snippet"/> is plain text (with "…" where it was cut) and <see cref="Highlights"/>
/// marks the matched words in it; <see cref="SearchHighlighter"/> renders them for Discord or a console.
/// <see cref="Score"/> is bm25 (lower is better).
/// </summary>
public sealed record SearchHit(
    int ParagraphId,
    int StoryId,
    string StoryTitle,
    string StorySlug,
    int ChapterId,
    int ChapterNumber,
    string? ChapterTitle,
    int ParagraphIndex,
    string Snippet,
    IReadOnlyList<HighlightRange> Highlights,
    double Score);
