using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The search indexes keyed by block: paragraphs <c>"Id" &gt;&gt; 13</c> (8,192 ids a block) as a first GIN column
/// (<c>btree_gin</c>) of both search indexes, the words (<c>"SearchVector"</c>) and the word pairs
/// (<see cref="PostgresWordPairs"/>). A search ranks the first <see cref="Search.StorySearch.MaxCandidates"/> matches by
/// paragraph id (as FTS5 does by rowid). A GIN lookup cannot stop early: a word in 9 % of a 100 MB archive's paragraphs
/// built a bitmap of all its 40,000 postings (15–26 ms) to use its first 1,000. With the block column, a common word's
/// candidates are read one block at a time (<c>block = b AND words</c>, GIN intersects the two posting lists and stops at
/// the block's end) until there are enough: one or two blocks, ~1 ms. Queries without a block condition use the same
/// indexes as before (GIN matches each column's keys apart); each row adds one key.
/// </summary>
internal static class PostgresSearchBlocks
{
    /// <summary>Paragraph ids per block: 2^13.</summary>
    public const int Shift = 13;

    private const string ShiftText = "13";

    /// <summary>A prefix this short (<c>th*</c>) can complete to most words: never read block by block.</summary>
    private const int ShortPrefix = 3;

    public const string WordsIndex = "IX_Paragraphs_SearchVector";

    public const string CreateSql =
        $"""
        CREATE EXTENSION IF NOT EXISTS btree_gin;
        DROP INDEX IF EXISTS "{WordsIndex}";
        CREATE INDEX "{WordsIndex}" ON "Paragraphs" USING gin (("Id" >> {ShiftText}), "SearchVector");
        DROP INDEX IF EXISTS "{PostgresWordPairs.IndexName}";
        CREATE INDEX "{PostgresWordPairs.IndexName}" ON "Paragraphs" USING gin (("Id" >> {ShiftText}), storybot_word_pairs("SearchVector"));
        """;

    public const string DropSql =
        $"""
        DROP INDEX IF EXISTS "{WordsIndex}";
        CREATE INDEX "{WordsIndex}" ON "Paragraphs" USING gin ("SearchVector");
        DROP INDEX IF EXISTS "{PostgresWordPairs.IndexName}";
        CREATE INDEX "{PostgresWordPairs.IndexName}" ON "Paragraphs" USING gin (storybot_word_pairs("SearchVector"));
        """;

    /// <summary>
    /// Whether <paramref name="terms"/> (joined by OR when <paramref name="anyTerm"/>, else AND; a one-word term not in
    /// <paramref name="known"/> completed as a prefix when <paramref name="known"/> is given, as
    /// <see cref="PostgresQuery.Match"/>) read their candidates block by block: when a common word's long posting list
    /// would otherwise be read whole — any term common for OR, every term for AND (GIN skips through a common word's list
    /// along a rarer word's, so an AND with one rare term is cheap in one lookup). A term is common when each of its words is
    /// in <paramref name="common"/> (<see cref="PostgresCommonWords"/>) and it is no prefix. GIN collects every completion
    /// of a prefix whole, once per block: fine for a longer prefix (<c>'cant':* | 'die'</c>, the any-word fallback of an
    /// unknown word beside a common one: 44 ms sorting 20,637 matches in one lookup), never for one of 1–3 letters. Only
    /// the cost depends on this, never the candidates.
    /// </summary>
    public static bool Suits(IReadOnlyList<SearchTerm> terms, IReadOnlySet<string>? known, bool anyTerm, IReadOnlySet<string> common)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(common);
        bool Completed(SearchTerm term) => term.Prefix || (known is not null && !term.IsPhrase && !known.Contains(term.Words[0].ToLowerInvariant()));
        if (terms.Count == 0 || terms.Any(term => Completed(term) && term.Words[^1].Length <= ShortPrefix))
        {
            return false;
        }

        bool Common(SearchTerm term) => !Completed(term) && term.Words.All(word => common.Contains(word.ToLowerInvariant()));
        return anyTerm ? terms.Any(Common) : terms.All(Common);
    }

    /// <summary>The block of the paragraph alias <paramref name="alias"/>, as indexed.</summary>
    public static string Expression(string alias) => $"({alias}.\"Id\" >> {ShiftText})";
}
