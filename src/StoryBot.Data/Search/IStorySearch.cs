namespace StoryBot.Data.Search;

/// <summary>Full-text search over story paragraphs (notes and headers are never indexed).</summary>
public interface IStorySearch
{
    /// <summary>
    /// Ranked passages for what a user typed, with the stages of <see cref="FindPassageAsync"/>; never throws for the
    /// query's content. <see cref="SearchResult.MatchedAll"/> says whether the hits have every term.
    /// </summary>
    Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken);

    /// <summary>
    /// The one paragraph to open an excerpt at, within <paramref name="scope"/>, with the semantics of
    /// <see cref="ParsedQuery"/> (shared with <see cref="SearchAsync"/>): a paragraph with every term as typed first; else
    /// with every term, a word found nowhere in the library taken as a prefix (so "Rasen" finds "Rasengan"); when no
    /// paragraph has them all, any single word may (<see cref="PassageHit.MatchedAll"/> false). The best match is ranked
    /// among at most <see cref="StorySearch.MaxCandidates"/> matches in scope. Null when nothing matches or the query
    /// has no words.
    /// </summary>
    Task<PassageHit?> FindPassageAsync(string query, SearchScope scope, CancellationToken cancellationToken);
}
