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

        await using (var common = new NpgsqlCommand(
            """
            SELECT w FROM unnest($1::text[]) w
            WHERE w = ANY (SELECT unnest(most_common_elems::text::text[]) FROM pg_stats
                           WHERE schemaname = current_schema() AND tablename = 'Paragraphs' AND attname = 'SearchVector')
            """,
            connection))
        {
            common.Parameters.Add(new NpgsqlParameter { Value = words });
            await using NpgsqlDataReader reader = await common.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                known.Add(reader.GetString(0));
            }
        }

        string[] rest = [.. words.Where(word => !known.Contains(word))];
        if (rest.Length == 0)
        {
            return known;
        }

        // Inside the search's transaction (PostgresSearchTransaction): sequential scans off for these lookups only.
        await using (var noSeqScan = new NpgsqlCommand("SET LOCAL enable_seqscan = off", connection))
        {
            await noSeqScan.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var indexed = new NpgsqlCommand(
            $"SELECT 1 FROM \"Paragraphs\" WHERE \"SearchVector\" @@ to_tsquery('{Config}', $1) LIMIT 1", connection))
        {
            NpgsqlParameter lexeme = indexed.Parameters.Add(new NpgsqlParameter { Value = string.Empty });
            foreach (string word in rest)
            {
                lexeme.Value = PostgresQuery.Lexeme(word);
                if (await indexed.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    known.Add(word);
                }
            }
        }

        await using (var seqScan = new NpgsqlCommand("SET LOCAL enable_seqscan = on", connection))
        {
            await seqScan.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return known;
    }
}
