namespace StoryBot.Data.Search;

/// <summary>
/// Hits for a query, best first. When the query held nothing searchable, <see cref="Message"/> says so (and there are
/// no hits); it never throws for what a user typed.
/// </summary>
public sealed record SearchResult(string Query, string? Match, IReadOnlyList<SearchHit> Hits, string? Message = null)
{
    public bool IsValid => Message is null;
}
