using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// Buffers rows and inserts them <see cref="MultiRowInsert.MaxRows"/> at a time through one <see cref="MultiRowInsert"/>;
/// <see cref="Flush"/> sends the rest (in statements of 16, 8, 4, 2 and 1 rows). What each table's row binds is the
/// caller's <c>bind</c> (statement, first parameter, row).
/// </summary>
internal sealed class BatchedInsert<TRow> : IDisposable
    where TRow : struct
{
    private readonly MultiRowInsert insert;
    private readonly TRow[] rows = new TRow[MultiRowInsert.MaxRows];
    private readonly Action<SqliteStatement, int, TRow> bind;
    private readonly Action<SqliteStatement, int, int> bindRow;
    private int count;

    public BatchedInsert(SqliteConnection connection, string insertPrefix, int columns, Action<SqliteStatement, int, TRow> bind)
    {
        insert = new MultiRowInsert(connection, insertPrefix, columns);
        this.bind = bind;
        bindRow = (statement, p, index) => this.bind(statement, p, rows[index]);
    }

    public void Add(in TRow row)
    {
        rows[count++] = row;
        if (count == rows.Length)
        {
            Flush();
        }
    }

    /// <summary>Inserts the buffered rows. Clears the buffer even when it throws.</summary>
    public void Flush()
    {
        try
        {
            insert.Insert(count, bindRow);
        }
        finally
        {
            Discard();
        }
    }

    /// <summary>Drops the buffered rows (after a file failed and its savepoint was rolled back).</summary>
    public void Discard()
    {
        Array.Clear(rows, 0, count);
        count = 0;
    }

    public void Dispose() => insert.Dispose();
}
