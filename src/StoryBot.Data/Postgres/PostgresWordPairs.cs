using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The word-pair index of PostgreSQL phrases. GIN keeps no positions, so a phrase of two common words (<c>"over and"</c>)
/// used to re-read every paragraph holding both words to check that they are adjacent — 21,000 rows, 55–500 ms on a
/// 100 MB archive. <c>storybot_word_pairs</c> turns a paragraph's stored <c>SearchVector</c> into the lexemes
/// <c>'over and'</c> of each two adjacent positions, and a GIN index on that expression (no column: it is computed once
/// when a row is written) gives a phrase's candidates directly. The phrase is still checked against
/// <c>SearchVector</c>, so the pairs only narrow: every paragraph the phrase matches has its pairs (they come from the
/// same positions; past PostgreSQL's last position, 16,383, every later word is stored at that position, and each is
/// paired with the word before it). Since migration <c>PairHashes</c> the index holds each pair's hash
/// (<see cref="PostgresPairHashes"/>); this function stays the reference its pairs are tested against.
/// </summary>
internal static class PostgresWordPairs
{
    public const string IndexName = "IX_Paragraphs_WordPairs";

    /// <summary>PostgreSQL's last tsvector position: later words are all stored there.</summary>
    private const string LastPosition = "16383";

    public const string CreateSql =
        $$"""
        CREATE FUNCTION storybot_word_pairs(v tsvector) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $fn$
        DECLARE
            words text[] := '{}';
            clipped text[] := '{}';
            pairs text[] := '{}';
            entry record;
            pos integer;
            last integer := 0;
        BEGIN
            FOR entry IN SELECT u.lexeme, u.positions FROM unnest(v) u LOOP
                FOREACH pos IN ARRAY coalesce(entry.positions, '{}') LOOP
                    IF pos >= {{LastPosition}} THEN
                        clipped := clipped || entry.lexeme;
                    ELSE
                        words[pos] := entry.lexeme;
                        IF pos > last THEN last := pos; END IF;
                    END IF;
                END LOOP;
            END LOOP;
            FOR pos IN 1 .. last - 1 LOOP
                IF words[pos] IS NOT NULL AND words[pos + 1] IS NOT NULL THEN
                    pairs := pairs || (words[pos] || ' ' || words[pos + 1]);
                END IF;
            END LOOP;
            IF words[{{LastPosition}} - 1] IS NOT NULL THEN
                FOR pos IN 1 .. coalesce(array_length(clipped, 1), 0) LOOP
                    pairs := pairs || (words[{{LastPosition}} - 1] || ' ' || clipped[pos]);
                END LOOP;
            END IF;
            RETURN array_to_tsvector(pairs);
        END
        $fn$;
        CREATE INDEX "{{IndexName}}" ON "Paragraphs" USING gin (storybot_word_pairs("SearchVector"));
        """;

    public const string DropSql =
        $"""
        DROP INDEX IF EXISTS "{IndexName}";
        DROP FUNCTION IF EXISTS storybot_word_pairs(tsvector);
        """;

    /// <summary>
    /// The pairs every paragraph matching <paramref name="terms"/> (joined by AND) has (<c>over and</c>: the two words as
    /// lexemes, one space between), for <see cref="PostgresPairHashes.Contains"/>, or null when no phrase can be narrowed.
    /// Only a phrase of plain ASCII words is narrowed: such a word is one lexeme, its lower case, in the search
    /// configuration (an apostrophe, a hyphen, a digit or an accent can split or change it, and such a phrase keeps the
    /// plain search). A phrase ending in a prefix (<c>"over an*"</c>) gives its full pairs only.
    /// </summary>
    public static string[]? Query(IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var pairs = new List<string>();
        foreach (SearchTerm term in terms.Where(term => term.IsPhrase && term.Words.All(IsPlain)))
        {
            int full = term.Prefix ? term.Words.Count - 2 : term.Words.Count - 1;
            for (int i = 0; i < full; i++)
            {
                pairs.Add(term.Words[i].ToLowerInvariant() + " " + term.Words[i + 1].ToLowerInvariant());
            }
        }

        return pairs.Count == 0 ? null : [.. pairs.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsPlain(string word) => word.Length > 0 && word.All(char.IsAsciiLetter);
}
