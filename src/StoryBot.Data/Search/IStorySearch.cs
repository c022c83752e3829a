namespace StoryBot.Data.Search;

/// <summary>Full-text search over story paragraphs (notes and headers are never indexed).</summary>
public interface IStorySearch
{
    /// <summary>Ranked passages for what a user typed; never throws for the query's content.</summary>
    Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken);

    /// <summary>
    /// The one paragraph to open an excerpt at, within <paramref name="scope"/>: every word must match as a prefix
    /// (so "train" finds "training"); when no paragraph has them all, any word may. Null when nothing matches or the
    /// query has no words (see <see cref="SearchQuery.Terms"/>).
    /// </summary>
    Task<PassageHit?> FindPassageAsync(string query, SearchScope scope, CancellationToken cancellationToken);
}
