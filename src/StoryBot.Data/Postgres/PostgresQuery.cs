using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The parsed query (<see cref="ParsedQuery"/>, shared with the FTS5 search) as <c>to_tsquery</c> text for the
/// <c>storybot_search</c> configuration, term for term as <see cref="SearchQuery.Match"/> builds the FTS5 expression:
/// every word a quoted lexeme (so tsquery operators in the input are just text), a phrase <c>'nine' &lt;-&gt; 'tails'</c>,
/// a prefix <c>'rasen':*</c>.
/// </summary>
internal static class PostgresQuery
{
    /// <summary>
    /// <paramref name="terms"/> joined by AND (or OR when <paramref name="anyTerm"/>); a one-word term whose word is not
    /// in <paramref name="known"/> is completed as a prefix. Null <paramref name="known"/>: every term as typed.
    /// </summary>
    public static string Match(IReadOnlyList<SearchTerm> terms, IReadOnlySet<string>? known, bool anyTerm)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(anyTerm ? " | " : " & ", terms.Select(term =>
            Term(term, complete: known is not null && !term.IsPhrase && !known.Contains(term.Words[0].ToLowerInvariant()))));
    }

    /// <summary>A quoted lexeme: single quotes and backslashes inside are escaped as tsquery requires.</summary>
    public static string Lexeme(string word) =>
        string.Concat("'", word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal), "'");

    private static string Term(SearchTerm term, bool complete)
    {
        string last = Lexeme(term.Words[^1]) + (term.Prefix || complete ? ":*" : string.Empty);
        return term.IsPhrase ? "(" + string.Join(" <-> ", term.Words.Take(term.Words.Count - 1).Select(Lexeme).Append(last)) + ")" : last;
    }
}
