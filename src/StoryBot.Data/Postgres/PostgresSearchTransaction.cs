using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// A search runs in one read-only transaction whose planner costs say the table is in memory
/// (<c>random_page_cost = 1.1</c>, the usual setting for cached or SSD data, against the default 4 for spinning disks).
/// With the default, a word in a few percent of the paragraphs ("naruto": 6 %) was read with a sequential scan that
/// stops after <see cref="Search.StorySearch.MaxCandidates"/> matches — but a name's paragraphs sit together in its
/// stories, so that scan read most of the table (32,000 pages, the PostgreSQL search p99 on a 100 MB archive). With the
/// in-memory costs such a word goes through the GIN index; the most common words ("the", "he", "could") keep the scan,
/// which finds its matches within the first pages. Same rows, same ranking: only the plan changes.
/// </summary>
internal static class PostgresSearchTransaction
{
    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var settings = new NpgsqlCommand("SET LOCAL random_page_cost = 1.1; SET TRANSACTION READ ONLY", connection, transaction);
        await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }
}
