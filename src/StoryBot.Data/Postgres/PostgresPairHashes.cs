namespace StoryBot.Data.Postgres;

/// <summary>
/// The word-pair index (<see cref="PostgresWordPairs"/>) keyed by a 32-bit hash of each pair (<c>hashtext('over and')</c>)
/// instead of the pair's text. Measured on a 20 MB archive (docs/performance.md, "pg-import"): indexing the pairs as
/// lexemes was two thirds of the server's CPU for a paragraph <c>COPY</c> — not the plpgsql function (~1.7 CPU s) but GIN
/// sorting and inserting 40 text keys a row; integer keys halve that. A phrase's pairs are hashed by the server too
/// (<c>storybot_pair_keys</c>, folded to a constant when the statement is planned) and the phrase is still checked on
/// every candidate, so a hash shared by two pairs only adds candidates, never loses one: the hits are those of the words.
/// The pairs are the same as <c>storybot_word_pairs</c>'s (a test compares them). A prefix pair (<c>'over an':*</c>)
/// has no hash: a phrase ending in a prefix is narrowed by its full pairs only. <c>hashtext</c> is the function of
/// PostgreSQL's hash indexes and hash partitions, stable across versions; should a release ever change it, its notes ask
/// for a <c>REINDEX</c> of hash indexes, and this index needs one too.
/// </summary>
internal static class PostgresPairHashes
{
    /// <summary>PostgreSQL's last tsvector position: later words are all stored there.</summary>
    private const string LastPosition = "16383";

    /// <summary><see cref="PostgresSearchBlocks.Shift"/> as text: the block column, as in the words index.</summary>
    private const string ShiftText = "13";

    public const string CreateSql =
        $$"""
        CREATE FUNCTION storybot_pair_hashes(v tsvector) RETURNS integer[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $fn$
        DECLARE
            words text[] := '{}';
            clipped text[] := '{}';
            pairs integer[] := '{}';
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
                    pairs := pairs || hashtext(words[pos] || ' ' || words[pos + 1]);
                END IF;
            END LOOP;
            IF words[{{LastPosition}} - 1] IS NOT NULL THEN
                FOR pos IN 1 .. coalesce(array_length(clipped, 1), 0) LOOP
                    pairs := pairs || hashtext(words[{{LastPosition}} - 1] || ' ' || clipped[pos]);
                END LOOP;
            END IF;
            RETURN pairs;
        END
        $fn$;
        CREATE FUNCTION storybot_pair_keys(pairs text[]) RETURNS integer[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$ SELECT coalesce(array_agg(hashtext(p)), '{}') FROM unnest(pairs) p $fn$;
        DROP INDEX IF EXISTS "{{PostgresWordPairs.IndexName}}";
        CREATE INDEX "{{PostgresWordPairs.IndexName}}" ON "Paragraphs" USING gin (("Id" >> {{ShiftText}}), storybot_pair_hashes("SearchVector"));
        """;

    public const string DropSql =
        $"""
        DROP INDEX IF EXISTS "{PostgresWordPairs.IndexName}";
        CREATE INDEX "{PostgresWordPairs.IndexName}" ON "Paragraphs" USING gin (("Id" >> {ShiftText}), storybot_word_pairs("SearchVector"));
        DROP FUNCTION IF EXISTS storybot_pair_keys(text[]);
        DROP FUNCTION IF EXISTS storybot_pair_hashes(tsvector);
        """;

    /// <summary>The indexed expression, for the paragraph alias <paramref name="alias"/>.</summary>
    public static string Expression(string alias) => $"storybot_pair_hashes({alias}.\"SearchVector\")";

    /// <summary>
    /// The condition "has every pair of <paramref name="pairsParameter"/>" (a <c>text[]</c> parameter of
    /// <see cref="PostgresWordPairs.Query"/>'s pairs) for the paragraph alias <paramref name="alias"/>, through the index.
    /// </summary>
    public static string Contains(string alias, string pairsParameter) => $"{Expression(alias)} @> storybot_pair_keys({pairsParameter}::text[])";
}
