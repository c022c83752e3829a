namespace StoryBot.Data.Search;

/// <summary>
/// One thing to find: a word, a prefix (<c>Rasen*</c>) or a phrase (<c>"nine tails"</c>, its words in order).
/// Words are as typed; matching is case-insensitive in every store.
/// </summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix = false)
{
    public bool IsPhrase => Words.Count > 1;

    /// <summary>How the term is shown back to a member: <c>“nine tails”</c>, <c>Rasen*</c>, <c>near</c>.</summary>
    public string Display => IsPhrase
        ? "“" + string.Join(' ', Words) + "”" + (Prefix ? "*" : string.Empty)
        : Words[0] + (Prefix ? "*" : string.Empty);
}
