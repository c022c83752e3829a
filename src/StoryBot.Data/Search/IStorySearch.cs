namespace StoryBot.Data.Search;

/// <summary>Full-text search over story paragraphs (notes and headers are never indexed).</summary>
public interface IStorySearch
{
    /// <summary>Ranked passages for what a user typed; never throws for the query's content.</summary>
    Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken);
}
