using System.Collections.Concurrent;
using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The planner's most common lexemes of <c>Paragraphs."SearchVector"</c> (<c>pg_stats.most_common_elems</c>: the 1,000
/// most frequent, down to ~0.5 % of the paragraphs), per database, read at most once per <see cref="Lifetime"/>. Reading
/// them costs ~2 ms of server time, too much for every search; they only choose how a search reads its candidates
/// (<see cref="PostgresSearchBlocks"/>: block by block for a common word, one index lookup for the others), never which
/// candidates, so a list a few minutes old changes no result.
/// </summary>
internal static class PostgresCommonWords
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The planner's most common lexemes of the search vector, one a row (also read inside <see cref="PostgresKnownWords"/>'s lookup).</summary>
    internal const string StatisticsQuery =
        """
        SELECT unnest(most_common_elems::text::text[]) FROM pg_stats
        WHERE schemaname = current_schema() AND tablename = 'Paragraphs' AND attname = 'SearchVector'
        """;

    private static readonly ConcurrentDictionary<string, (HashSet<string> Words, DateTimeOffset Read)> Cache = new(StringComparer.Ordinal);

    public static async Task<IReadOnlySet<string>> GetAsync(NpgsqlConnection connection, TimeProvider time, CancellationToken cancellationToken)
    {
        string key = connection.Host + ":" + connection.Port + "/" + connection.Database;
        DateTimeOffset now = time.GetUtcNow();
        if (Cache.TryGetValue(key, out var cached) && now - cached.Read < Lifetime)
        {
            return cached.Words;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(StatisticsQuery, connection);
        await using (NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                words.Add(reader.GetString(0));
            }
        }

        Cache[key] = (words, now);
        return words;
    }
}
