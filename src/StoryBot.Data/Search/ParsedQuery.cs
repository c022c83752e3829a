using System.Globalization;

namespace StoryBot.Data.Search;

/// <summary>
/// What a member or the command line typed, parsed once for every store (SQLite FTS5 today; PostgreSQL reuses it):
/// balanced double quotes make a phrase, a trailing <c>*</c> makes a prefix, and every other run of letters and digits
/// is a word — including <c>and</c>, <c>or</c>, <c>not</c> and <c>near</c>, which are never operators. Punctuation
/// is a separator. A passage matches when it has every term; <see cref="AllWords"/> is the looser "any word" fallback.
/// </summary>
public sealed class ParsedQuery
{
    public const int MaxTerms = 16;
    public const int MaxInputLength = 500;

    private ParsedQuery(string input, IReadOnlyList<SearchTerm> terms)
    {
        Input = input;
        Terms = terms;
        Words = terms.SelectMany(term => term.Words)
            .Select(word => word.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The text as typed (cut at <see cref="MaxInputLength"/>).</summary>
    public string Input { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>Every distinct word of every term, lower case: what a page highlights.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Each word as a term of its own: the fallback when no passage has every term.</summary>
    public IReadOnlyList<SearchTerm> AllWords =>
        Terms.Count == 1 && !Terms[0].IsPhrase
            ? Terms
            : [.. Terms.SelectMany(term => term.Words.Select((word, i) => new SearchTerm([word], term.Prefix && i == term.Words.Count - 1)))
                .DistinctBy(term => term.Display.ToLowerInvariant())];

    /// <summary>True when the any-word fallback differs from the query (several words, or a phrase).</summary>
    public bool CanLoosen => Terms.Count > 1 || (Terms.Count == 1 && Terms[0].IsPhrase);

    /// <summary>What was searched, for a member: <c>“nine tails” · fox</c>.</summary>
    public string Describe() => string.Join(" · ", Terms.Select(term => term.Display));

    /// <summary>The message to show when there is nothing to search for; null when there is.</summary>
    public string? Problem => Terms.Count > 0 ? null
        : string.IsNullOrWhiteSpace(Input) ? "Type a word or two to search for."
        : "There are no words to search for in that; try letters or numbers.";

    public static ParsedQuery Parse(string? input)
    {
        var text = input ?? string.Empty;
        text = text.Length > MaxInputLength ? text[..MaxInputLength] : text;
        var phrases = text.Count(c => c == '"') % 2 == 0;
        var terms = new List<SearchTerm>();
        var phrase = new List<string>();
        var inPhrase = false;
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            var c = text[i];
            if (c == '"' && phrases)
            {
                i++;
                var prefix = !inPhrase ? false : i < text.Length && text[i] == '*';
                if (inPhrase && phrase.Count > 0)
                {
                    terms.Add(new SearchTerm([.. phrase], prefix));
                }

                phrase.Clear();
                inPhrase = !inPhrase;
                continue;
            }

            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            var word = text[start..i];
            if (inPhrase)
            {
                phrase.Add(word);
            }
            else
            {
                terms.Add(new SearchTerm([word], i < text.Length && text[i] == '*'));
            }
        }

        if (inPhrase && phrase.Count > 0 && terms.Count < MaxTerms)
        {
            terms.Add(new SearchTerm([.. phrase]));
        }

        var distinct = terms.DistinctBy(term => term.Display.ToLowerInvariant()).ToList();
        return new ParsedQuery(text, distinct);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
