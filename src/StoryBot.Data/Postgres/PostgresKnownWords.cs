using Npgsql;
using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Which of a query's one-word terms some paragraph has as a whole word (the fallback completes the others as
/// prefixes). A word among the planner's most common lexemes of <c>Paragraphs."SearchVector"</c> (pg_stats, kept by
/// ANALYZE/autovacuum) is known without touching the table. Every other word is looked up through the GIN index with
/// sequential scans off: with <c>LIMIT 1</c> the planner otherwise reads the table in order for a word it guesses is
/// fairly common, and for a word no paragraph has (a misspelt name) that read the whole table — about 0.3 s of CPU on a
/// 100 MB archive, the search p99. A word that is not common has a short posting list, so the index lookup is cheap.
/// </summary>
internal static class PostgresKnownWords
{
    private const string Config = PostgresStoryModel.SearchConfiguration;

    public static async Task<HashSet<string>> FindAsync(NpgsqlConnection connection, ParsedQuery query, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        string[] words = [.. query.AllWords.Where(term => !term.Prefix).Select(term => term.Words[0].ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        if (words.Length == 0)
        {
            return known;
        }

        // One round trip: sequential scans off for the index lookups only (inside the search's transaction,
        // PostgresSearchTransaction), then each word — from the statistics when it is common, else through the index
        // (CASE keeps that order, so a common word never builds its long posting list) — then scans back on.
        var lookup = new NpgsqlBatchCommand(
            $"""
            SELECT t.w FROM unnest($1::text[], $2::text[]) AS t(w, lexeme)
            WHERE CASE WHEN t.w = ANY ({PostgresCommonWords.StatisticsQuery})
                       THEN TRUE
                       ELSE EXISTS (SELECT 1 FROM "Paragraphs" WHERE "SearchVector" @@ to_tsquery('{Config}', t.lexeme))
                  END
            """);
        lookup.Parameters.Add(new NpgsqlParameter { Value = words });
        lookup.Parameters.Add(new NpgsqlParameter { Value = words.Select(PostgresQuery.Lexeme).ToArray() });
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands = { new NpgsqlBatchCommand("SET LOCAL enable_seqscan = off"), lookup, new NpgsqlBatchCommand("SET LOCAL enable_seqscan = on") },
        };
        await using (NpgsqlDataReader reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                known.Add(reader.GetString(0));
            }
        }

        return known;
    }
}
