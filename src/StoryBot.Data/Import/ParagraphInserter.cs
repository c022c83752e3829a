using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// Inserts paragraphs <see cref="RowsPerStatement"/> at a time with one multi-row <c>INSERT</c>. Paragraphs carry the
/// search triggers, and a statement that fires a trigger opens a statement journal: SQLite copies every existing page the
/// statement changes (the table's last leaf, each index's leaf) into it before the change. One row per statement meant
/// 4–7 page copies per paragraph (a 9 MB novel: 130,000 pages, 530 MB of journal writes, most of the writer's time);
/// 32 rows per statement touch the same few pages, so they are copied once. Rows are buffered until
/// <see cref="Flush"/> (call it before inserting anything that refers to them) or until a statement's worth is waiting;
/// a flush sends the rest in statements of 16, 8, 4, 2 and 1 rows.
/// </summary>
internal sealed class ParagraphInserter : IDisposable
{
    public const int RowsPerStatement = MultiRowInsert.MaxRows;

    private const string Insert = "INSERT OR FAIL INTO Paragraphs (Id, ChapterId, SceneId, \"Index\", Start, Length, Text, WordCount) VALUES ";

    private readonly BatchedInsert<Row> insert;

    public ParagraphInserter(SqliteConnection connection) => insert = new BatchedInsert<Row>(connection, Insert, 8, BindRow);

    public void Add(long id, long chapterId, long sceneId, int index, int start, int length, string text, int words) => insert.Add(new Row(id, chapterId, sceneId, index, start, length, text, words));

    /// <summary>Inserts the buffered rows. Clears the buffer even when it throws.</summary>
    public void Flush() => insert.Flush();

    /// <summary>Drops the buffered rows (after a file failed and its savepoint was rolled back).</summary>
    public void Discard() => insert.Discard();

    public void Dispose() => insert.Dispose();

    private static void BindRow(SqliteStatement statement, int p, Row row)
    {
        statement.Bind(p, row.Id).Bind(p + 1, row.ChapterId).Bind(p + 2, row.SceneId).Bind(p + 3, row.Index)
            .Bind(p + 4, row.Start).Bind(p + 5, row.Length).Bind(p + 6, row.Text).Bind(p + 7, row.Words);
    }

    private readonly record struct Row(long Id, long ChapterId, long SceneId, int Index, int Start, int Length, string Text, int Words);
}
