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
/// Synchronized scans are off: on a table bigger than a quarter of <c>shared_buffers</c> a sequential scan otherwise
/// starts where the last one stopped, so candidates taken in table order (the passage finder's) changed from one search to
/// the next, and a scan could start past most of a word's paragraphs (<c>Kasaka</c>: 44,000 rows read instead of 1,900).
/// Ranked search takes its candidates in id order (<see cref="PostgresSearchBlocks"/>).
/// Parallel plans are off for the same reason: the rows of parallel workers arrive in no fixed order, so the first
/// candidates would change from one search to the next (and the workers' start-up costs more CPU than they save here).
/// </summary>
internal static class PostgresSearchTransaction
{
    private const string Settings = "SET LOCAL random_page_cost = 1.1; SET LOCAL synchronize_seqscans = off; SET LOCAL max_parallel_workers_per_gather = 0; SET TRANSACTION READ ONLY";

    public static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        (await BeginAsync(connection, scalar: null, cancellationToken).ConfigureAwait(false)).Transaction;

    /// <summary>
    /// Begins the transaction and, in the same round trip (BEGIN, the settings and <paramref name="scalar"/> go in one
    /// batch), runs <paramref name="scalar"/>: a parameterless query whose single value is returned.
    /// </summary>
    public static async Task<(NpgsqlTransaction Transaction, object? Value)> BeginAsync(NpgsqlConnection connection, string? scalar, CancellationToken cancellationToken)
    {
        NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var settings = new NpgsqlCommand(scalar is null ? Settings : Settings + "; " + scalar, connection, transaction);
        object? value = scalar is null
            ? await settings.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false)
            : await settings.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return (transaction, scalar is null ? null : value);
    }
}
