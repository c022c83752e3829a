using System.Globalization;

namespace StoryBot.Data.Search;

/// <summary>
/// Turns what a user typed into a safe FTS5 MATCH expression. Every word becomes a quoted string, so FTS syntax in the
/// input (<c>NEAR</c>, <c>AND</c>, <c>-</c>, <c>:</c>, <c>^</c>, parentheses) is just text. Two conveniences survive:
/// balanced double quotes make a phrase (<c>"nine tails"</c>) and a trailing <c>*</c> makes a prefix (<c>Rasen*</c>).
/// </summary>
public static class SearchQuery
{
    public const int MaxTerms = 16;
    public const int MaxInputLength = 500;

    /// <summary>The expression to MATCH, or null with a message to show when there is nothing to search for.</summary>
    public static (string? Match, string? Message) Build(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return (null, "Type a word or two to search for.");
        }

        string text = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        bool phrases = text.Count(c => c == '"') % 2 == 0;
        var terms = new List<string>();
        var phrase = new List<string>();
        bool inPhrase = false;
        int i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            char c = text[i];
            if (c == '"' && phrases)
            {
                if (inPhrase && phrase.Count > 0)
                {
                    terms.Add(Quote(string.Join(' ', phrase)));
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
                terms.Add(Quote(word) + "*");
            }
            else
            {
                terms.Add(Quote(word));
            }
        }

        if (inPhrase && phrase.Count > 0 && terms.Count < MaxTerms)
        {
            terms.Add(Quote(string.Join(' ', phrase)));
        }

        return terms.Count == 0
            ? (null, "There are no words to search for in that; try letters or numbers.")
            : (string.Join(' ', terms), null);
    }

    /// <summary>
    /// The distinct lower-case words of what a user typed (letters, digits, apostrophes), FTS operator words
    /// (<c>AND OR NOT NEAR</c>) dropped: the terms of <see cref="BuildPrefix"/> and <see cref="SearchHighlighter.Ranges"/>.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        string text = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        return SearchHighlighter.Words(text)
            .Where(word => !word.IsSeparator && !Operators.Contains(word.Text))
            .Select(word => word.Text.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
    }

    /// <summary>Every term quoted as a whole word (<c>"train"</c>), joined by AND.</summary>
    public static string BuildWhole(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(" AND ", terms.Select(term => Quote(term.Replace("\"", "\"\"", StringComparison.Ordinal))));
    }

    /// <summary>
    /// Every term quoted, as a whole word when <paramref name="known"/> holds it and as a prefix otherwise
    /// (<c>"train" AND "rasen"*</c>), joined by AND, or by OR when <paramref name="anyTerm"/>.
    /// </summary>
    public static string BuildCompleting(IReadOnlyList<string> terms, IReadOnlySet<string> known, bool anyTerm)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(known);
        return string.Join(anyTerm ? " OR " : " AND ",
            terms.Select(term => Quote(term.Replace("\"", "\"\"", StringComparison.Ordinal)) + (known.Contains(term) ? string.Empty : "*")));
    }

    /// <summary>Every term quoted as a prefix (<c>"train"*</c>), joined by AND, or by OR when <paramref name="anyTerm"/>.</summary>
    public static string BuildPrefix(IReadOnlyList<string> terms, bool anyTerm)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(anyTerm ? " OR " : " AND ", terms.Select(term => Quote(term.Replace("\"", "\"\"", StringComparison.Ordinal)) + "*"));
    }

    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "AND", "OR", "NOT", "NEAR" };

    private static string Quote(string words) => string.Concat("\"", words, "\"");

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
