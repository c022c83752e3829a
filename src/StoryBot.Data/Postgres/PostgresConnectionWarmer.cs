using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// What a new PostgreSQL backend runs once, before its first use (the data source's physical-connection initializer,
/// <see cref="PostgresWarmDataSource"/>). A backend's first search otherwise paid ~10–13 ms more than its second on
/// a 30 MB store (load ~1): the <c>storybot_search</c> configuration with the <c>unaccent</c> rules, the catalog entries of
/// the tables and indexes the search plans over, the functions of the word-pair index (<c>storybot_pair_hashes</c>, <c>storybot_pair_keys</c>) and the statistics view
/// of the known-word check are all loaded per backend. Two round trips: whether the store is migrated (a fresh database
/// has no configuration yet, and the connection must still open: the migrations need it), then one batch that touches
/// each of those through the indexes (sequential scans off for it, so a word no paragraph has is never looked for row by
/// row). What it cannot do: the first read of each shared buffer by a new backend still costs a page fault (~25 µs a page
/// without huge pages), so long-lived connections keep searches fastest (docs/data.md).
/// </summary>
internal static class PostgresConnectionWarmer
{
    private const string Config = PostgresStoryModel.SearchConfiguration;

    internal const string ReadySql =
        $"SELECT to_regclass('\"Paragraphs\"') IS NOT NULL AND to_regclass('\"Chapters\"') IS NOT NULL AND to_regclass('\"Stories\"') IS NOT NULL"
        + $" AND to_regprocedure('storybot_pair_hashes(tsvector)') IS NOT NULL AND EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{Config}')";

    private static readonly string[] WarmSql =
    [
        "SET enable_seqscan = off",
        $"SELECT ts_headline('{Config}', 'warm up', to_tsquery('{Config}', 'warm')), storybot_pair_hashes(to_tsvector('{Config}', 'warm up')), storybot_pair_keys('{{warm up}}')",
        $"""
        SELECT ts_rank(p."SearchVector", to_tsquery('{Config}', 'storybotwarm'), 1), c."Number", s."Title"
        FROM "Paragraphs" p JOIN "Chapters" c ON c."Id" = p."ChapterId" JOIN "Stories" s ON s."Id" = c."StoryId"
        WHERE {PostgresPairHashes.Contains("p", "'{storybotwarm storybotwarm}'")} AND p."SearchVector" @@ to_tsquery('{Config}', 'storybotwarm')
        LIMIT 1
        """,
        "SELECT 1 FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'Paragraphs' AND attname = 'SearchVector' LIMIT 1",
        "RESET enable_seqscan",
    ];

    /// <summary>
    /// Warms the backend of <paramref name="connection"/>; false when the store is not migrated yet (nothing run) or the server
    /// refused the warm-up (the batch is one implicit transaction, so nothing of it stays).
    /// </summary>
    public static bool Warm(NpgsqlConnection connection)
    {
        try
        {
            using (var ready = new NpgsqlCommand(ReadySql, connection))
            {
                if (ready.ExecuteScalar() is not true)
                {
                    return false;
                }
            }

            using NpgsqlBatch batch = Batch(connection);
            batch.ExecuteNonQuery();
            return true;
        }
        catch (PostgresException)
        {
            // A warm-up the server refuses (a tiny statement_timeout, a permission) must not fail the connection.
            return false;
        }
    }

    /// <inheritdoc cref="Warm"/>
    public static async Task<bool> WarmAsync(NpgsqlConnection connection)
    {
        try
        {
            await using (var ready = new NpgsqlCommand(ReadySql, connection))
            {
                if (await ready.ExecuteScalarAsync().ConfigureAwait(false) is not true)
                {
                    return false;
                }
            }

            await using NpgsqlBatch batch = Batch(connection);
            await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
            return true;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    // One implicit transaction: if a statement fails, the SET is rolled back with it.
    private static NpgsqlBatch Batch(NpgsqlConnection connection)
    {
        var batch = new NpgsqlBatch(connection);
        foreach (string sql in WarmSql)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));
        }

        return batch;
    }
}
