namespace StoryBot.Data.Search;

/// <summary>
/// SQLite FTS5 MATCH expressions for a <see cref="ParsedQuery"/>. Every word and phrase becomes a quoted FTS5 string,
/// so FTS syntax in the input (<c>NEAR</c>, <c>AND</c>, <c>-</c>, <c>:</c>, <c>^</c>, parentheses) is just text; a
/// prefix term gets FTS5's trailing <c>*</c>. The parsing itself is provider-neutral (<see cref="ParsedQuery"/>).
/// </summary>
public static class SearchQuery
{
    public const int MaxTerms = ParsedQuery.MaxTerms;
    public const int MaxInputLength = ParsedQuery.MaxInputLength;

    /// <summary>The expression to MATCH (every term), or null with a message to show when there is nothing to search for.</summary>
    public static (string? Match, string? Message) Build(string? input)
    {
        var query = ParsedQuery.Parse(input);
        return query.IsEmpty ? (null, query.Problem) : (string.Join(' ', query.Terms.Select(term => Fts(term, complete: false))), null);
    }

    /// <summary>The distinct lower-case words of what a user typed (every word, <c>and</c>/<c>or</c>/<c>not</c>/<c>near</c> included).</summary>
    public static IReadOnlyList<string> Terms(string? input) => ParsedQuery.Parse(input).Words;

    /// <summary>
    /// <paramref name="terms"/> joined by AND (or OR when <paramref name="anyTerm"/>); a one-word term whose word is not
    /// in <paramref name="known"/> is completed as a prefix ("Rasen" finds "Rasengan"). Null <paramref name="known"/>:
    /// every term as typed.
    /// </summary>
    public static string Match(IReadOnlyList<SearchTerm> terms, IReadOnlySet<string>? known, bool anyTerm)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(anyTerm ? " OR " : " AND ", terms.Select(term =>
            Fts(term, complete: known is not null && !term.IsPhrase && !known.Contains(term.Words[0].ToLowerInvariant()))));
    }

    /// <summary>Every term quoted as a whole word (<c>"train"</c>), joined by AND.</summary>
    public static string BuildWhole(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(" AND ", terms.Select(term => Quote(term)));
    }

    /// <summary>Every term quoted as a prefix (<c>"train"*</c>), joined by AND, or by OR when <paramref name="anyTerm"/>.</summary>
    public static string BuildPrefix(IReadOnlyList<string> terms, bool anyTerm)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(anyTerm ? " OR " : " AND ", terms.Select(term => Quote(term) + "*"));
    }

    private static string Fts(SearchTerm term, bool complete) =>
        Quote(string.Join(' ', term.Words)) + (term.Prefix || complete ? "*" : string.Empty);

    private static string Quote(string words) => string.Concat("\"", words.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
}
