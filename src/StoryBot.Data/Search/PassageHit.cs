namespace StoryBot.Data.Search;

/// <summary>
/// A paragraph found by <see cref="IStorySearch.FindPassageAsync"/>: its chapter and chapter-wide index, and whether it
/// has every term searched for (false: no paragraph had them all, so this one has some of the words).
/// </summary>
public sealed record PassageHit(int ChapterId, int ParagraphIndex, bool MatchedAll = true);
