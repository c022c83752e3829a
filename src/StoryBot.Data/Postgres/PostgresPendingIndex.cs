using Npgsql;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The search indexes' pending lists (words, and word pairs: <see cref="PostgresWordPairs"/>), emptied before an import commits. A GIN index takes new rows into an unsorted
/// pending list (up to <c>gin_pending_list_limit</c>, 4 MB) and every search reads all of it until autovacuum or the next
/// overflow moves it into the index: about 325 pages, 8 ms on every GIN lookup of a 100 MB archive right after an import
/// (docs/performance.md, pg-search-p99). Emptying it costs the import what the next overflow would have cost anyway.
/// Only the index's owner may do this (as for VACUUM); for another role it is left to autovacuum.
/// </summary>
internal static class PostgresPendingIndex
{
    public static void Flush(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand(
            """
            SELECT gin_clean_pending_list(c.oid) FROM pg_class c
            WHERE c.relname IN ('IX_Paragraphs_SearchVector', 'IX_Paragraphs_WordPairs') AND c.relnamespace = current_schema()::regnamespace AND pg_has_role(c.relowner, 'USAGE')
            """,
            connection,
            transaction);
        command.ExecuteNonQuery();
    }
}
