namespace StoryBot.Data.Search;

/// <summary>Full-text search over story paragraphs (notes and headers are never indexed).</summary>
public interface IStorySearch
{
    /// <summary>Ranked passages for what a user typed; never throws for the query's content.</summary>
    Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken);

    /// <summary>
    /// The one paragraph to open an excerpt at, within <paramref name="scope"/>: a paragraph with every word as a whole
    /// word first; else with every word, a word found nowhere in the library taken as a prefix (so "Rasen" finds
    /// "Rasengan"); when no paragraph has them all, any word may. The best match is ranked among at most <see cref="StorySearch.MaxCandidates"/> matches in scope. Null when
    /// nothing matches or the query has no words (see <see cref="SearchQuery.Terms"/>).
    /// </summary>
    Task<PassageHit?> FindPassageAsync(string query, SearchScope scope, CancellationToken cancellationToken);
}
