namespace StoryBot.Data.Search;

/// <summary>
/// Hits for a query, best first. When the query held nothing searchable, <see cref="Message"/> says so (and there are
/// no hits); it never throws for what a user typed. <see cref="Searched"/> is what was searched, as a member reads it
/// (<c>“nine tails” · fox</c>); <see cref="MatchedAll"/> is false when no passage had every term and the hits have
/// only some of the words.
/// </summary>
public sealed record SearchResult(string Query, string? Match, IReadOnlyList<SearchHit> Hits, string? Message = null)
{
    public bool IsValid => Message is null;

    public string Searched { get; init; } = string.Empty;

    public bool MatchedAll { get; init; } = true;
}
