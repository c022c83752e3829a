using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// Takes the paragraph insert trigger of the search index out of the schema for the length of one transaction while the
/// index is deferred, and puts it back (its own stored SQL) before the transaction commits. Paused by the
/// <c>search-index-deferred</c> flag it does nothing, but its presence alone costs: every paragraph <c>INSERT</c> runs
/// the trigger's <c>WHEN</c> and, since a trigger may abort, opens a statement journal and copies the pages it touches.
/// Schema changes are transactional in SQLite: a rollback or a crash leaves the trigger where it was, and no commit
/// happens without it (<see cref="Restore"/> runs first).
/// </summary>
internal sealed class SearchTriggerPause(SqliteConnection connection)
{
    private const string Name = "Paragraphs_SearchInsert";

    private string? droppedSql;

    /// <summary>Drops the trigger inside <paramref name="transaction"/> (nothing when it is not there).</summary>
    public void Drop(SqliteTransaction transaction)
    {
        using SqliteCommand find = connection.CreateCommand();
        find.Transaction = transaction;
        find.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" + Name + "'";
        if (find.ExecuteScalar() is not string sql)
        {
            return;
        }

        using SqliteCommand drop = connection.CreateCommand();
        drop.Transaction = transaction;
        drop.CommandText = "DROP TRIGGER " + Name;
        drop.ExecuteNonQuery();
        droppedSql = sql;
    }

    /// <summary>Re-creates the trigger dropped in this transaction; call before the commit.</summary>
    public void Restore(SqliteTransaction transaction)
    {
        if (droppedSql is null)
        {
            return;
        }

        using SqliteCommand create = connection.CreateCommand();
        create.Transaction = transaction;
        create.CommandText = droppedSql;
        create.ExecuteNonQuery();
        droppedSql = null;
    }

    /// <summary>The transaction was rolled back, and the drop with it.</summary>
    public void Forget() => droppedSql = null;
}
