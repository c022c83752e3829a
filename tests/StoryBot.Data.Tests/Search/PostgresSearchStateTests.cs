using Microsoft.EntityFrameworkCore;
using Npgsql;
using StoryBot.Data.Postgres;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

/// <summary>The server state a PostgreSQL search relies on: its transaction's settings and an index without pending entries.</summary>
public sealed class PostgresSearchStateTests : IAsyncLifetime, IPostgresTests
{
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        store.CopySeeds();
        await store.ImportAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [StoreFact]
    public async Task BeginAsync_SearchTransaction_ReadOnlyWithoutSynchronizedScansOrParallelWorkers()
    {
        await using var db = store.Context();
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        var (transaction, scalar) = await PostgresSearchTransaction.BeginAsync(
            connection, "SELECT current_setting('synchronize_seqscans') || ' ' || current_setting('max_parallel_workers_per_gather')", CancellationToken.None);
        await using NpgsqlTransaction _ = transaction;
        await using var readOnly = new NpgsqlCommand("SELECT current_setting('transaction_read_only')", connection, transaction);

        Assert.Equal("off 0", scalar);
        Assert.Equal("on", await readOnly.ExecuteScalarAsync());
    }

    [StoreFact]
    public async Task ImportAsync_Committed_SearchIndexHasNoPendingEntries()
    {
        await using var db = store.Context();

        // gin_clean_pending_list returns how many pending pages it moved into the index: none are left by an import.
        long moved = await db.Database.SqlQueryRaw<long>(
            "SELECT gin_clean_pending_list('\"IX_Paragraphs_SearchVector\"'::regclass) + gin_clean_pending_list('\"IX_Paragraphs_WordPairs\"'::regclass) AS \"Value\"").SingleAsync();

        Assert.Equal(0, moved);
    }

    [StoreTheory]
    [InlineData("I don't know, well-known Café", "'don t' 'i don' 'know well-known' 'known cafe' 't know' 'well known' 'well-known well'")]
    [InlineData("over and over", "'and over' 'over and'")]
    [InlineData("", "")]
    public async Task WordPairs_Text_EveryTwoAdjacentWordsOfItsSearchVector(string text, string expected)
    {
        await using var db = store.Context();

        string pairs = await db.Database.SqlQueryRaw<string>(
            "SELECT storybot_word_pairs(to_tsvector('storybot_search', {0}))::text AS \"Value\"", text).SingleAsync();

        Assert.Equal(expected, pairs);
    }

    [StoreFact]
    public async Task WordPairs_WordsPastTheLastPosition_EachPairedWithTheWordBefore()
    {
        await using var db = store.Context();

        // 16,381 different words (a lexeme keeps at most 256 positions), then "kappa" at 16,382; "lambda" and "mu" are both
        // stored at the last position, 16,383, so the phrase "kappa mu" matches the vector, and its pair is there too.
        string filler = string.Join(' ', Enumerable.Range(0, 16_381).Select(i => new string([(char)('a' + (i / 676)), (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26))])));
        string found = await db.Database.SqlQueryRaw<string>(
            """
            SELECT concat_ws(' ', v @@ to_tsquery('storybot_search', 'kappa <-> mu'), p @@ '''kappa mu'''::tsquery,
                             p @@ '''kappa lambda'''::tsquery, p @@ '''yga kappa'''::tsquery, length(p)) AS "Value"
            FROM (SELECT v, storybot_word_pairs(v) AS p FROM (SELECT to_tsvector('storybot_search', {0}) AS v) t) s
            """, filler + " kappa lambda mu").SingleAsync();

        Assert.Equal("t t t t 16383", found);
    }

    [StoreTheory]
    [InlineData("I don't know, well-known Café")]
    [InlineData("over and over")]
    [InlineData("")]
    [InlineData("words past the last position")]
    public async Task PairHashes_Text_TheHashOfEachWordPair(string text)
    {
        await using var db = store.Context();
        if (text == "words past the last position")
        {
            string filler = string.Join(' ', Enumerable.Range(0, 16_381).Select(i => new string([(char)('a' + (i / 676)), (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26))])));
            text = filler + " kappa lambda mu";
        }

        // The indexed hashes (storybot_pair_hashes) are those of storybot_word_pairs's pairs, and a phrase's pairs hash the same (storybot_pair_keys).
        string same = await db.Database.SqlQueryRaw<string>(
            """
            SELECT concat_ws(' ', h = w, k = w, cardinality(w)) AS "Value" FROM (
                SELECT (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), ARRAY[]::integer[]) FROM unnest(storybot_pair_hashes(v)) x) AS h,
                       (SELECT coalesce(array_agg(DISTINCT hashtext(x) ORDER BY hashtext(x)), ARRAY[]::integer[]) FROM unnest(tsvector_to_array(storybot_word_pairs(v))) x) AS w,
                       (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), ARRAY[]::integer[]) FROM unnest(storybot_pair_keys(tsvector_to_array(storybot_word_pairs(v)))) x) AS k
                FROM (SELECT to_tsvector('storybot_search', {0}) AS v) t) s
            """, text).SingleAsync();

        Assert.StartsWith("t t ", same, StringComparison.Ordinal);
        Assert.Equal(text.Length == 0, same == "t t 0");
    }
}
