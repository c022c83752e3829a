using System.Globalization;
using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// What a user typed, as <c>to_tsquery</c> text for the <c>storybot_search</c> configuration, with the same rules as the
/// FTS5 expression of <see cref="SearchQuery"/>: every word is a quoted lexeme (so <c>&amp; | ! &lt;-&gt; :</c> and
/// parentheses in the input are just text), balanced double quotes make a phrase (<c>'nine' &lt;-&gt; 'tails'</c>), a
/// trailing <c>*</c> a prefix (<c>'rasen':*</c>), the rest is joined by AND.
/// </summary>
internal static class PostgresQuery
{
    /// <summary>The tsquery text, or null when there is no word (the caller already has <see cref="SearchQuery.Build"/>'s message).</summary>
    public static string? Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        string text = input.Length > SearchQuery.MaxInputLength ? input[..SearchQuery.MaxInputLength] : input;
        bool phrases = text.Count(c => c == '"') % 2 == 0;
        var terms = new List<string>();
        var phrase = new List<string>();
        bool inPhrase = false;
        int i = 0;
        while (i < text.Length && terms.Count < SearchQuery.MaxTerms)
        {
            char c = text[i];
            if (c == '"' && phrases)
            {
                if (inPhrase && phrase.Count > 0)
                {
                    terms.Add(Phrase(phrase));
                }

                phrase.Clear();
                inPhrase = !inPhrase;
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            string word = text[start..i];
            if (inPhrase)
            {
                phrase.Add(word);
            }
            else if (i < text.Length && text[i] == '*')
            {
                terms.Add(Lexeme(word) + ":*");
            }
            else
            {
                terms.Add(Lexeme(word));
            }
        }

        if (inPhrase && phrase.Count > 0 && terms.Count < SearchQuery.MaxTerms)
        {
            terms.Add(Phrase(phrase));
        }

        return terms.Count == 0 ? null : string.Join(" & ", terms);
    }

    /// <summary>Every term as a whole word, joined by AND.</summary>
    public static string Whole(IReadOnlyList<string> terms) => string.Join(" & ", terms.Select(Lexeme));

    /// <summary>Every term, as a whole word when <paramref name="known"/> holds it and as a prefix otherwise, joined by AND or OR.</summary>
    public static string Completing(IReadOnlyList<string> terms, IReadOnlySet<string> known, bool anyTerm) =>
        string.Join(anyTerm ? " | " : " & ", terms.Select(term => Lexeme(term) + (known.Contains(term) ? string.Empty : ":*")));

    /// <summary>A quoted lexeme: single quotes and backslashes inside are escaped as tsquery requires.</summary>
    public static string Lexeme(string word) =>
        string.Concat("'", word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal), "'");

    private static string Phrase(List<string> words) =>
        words.Count == 1 ? Lexeme(words[0]) : "(" + string.Join(" <-> ", words.Select(Lexeme)) + ")";

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
