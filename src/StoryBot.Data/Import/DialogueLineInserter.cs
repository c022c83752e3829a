using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Import;

/// <summary>
/// Inserts quoted lines 32 at a time with one multi-row <c>INSERT</c>, like <see cref="ParagraphInserter"/>: one
/// statement's set-up, journal and index-leaf work per 32 rows instead of per row. Rows are buffered until
/// <see cref="Flush"/> (call it before the file's savepoint is released) or until a statement's worth is waiting.
/// <c>OR FAIL</c>: a multi-row <c>INSERT</c> that may abort half-way makes SQLite open a statement journal and copy every
/// existing page it touches into it first; <c>FAIL</c> keeps the rows before a failing one instead, so no journal is
/// needed (DialogueLines has no triggers; with foreign-key checks on SQLite still journals). Nothing of a failed file
/// stays either way: its savepoint (<see cref="ChapterWriter.Write"/>) is rolled back. Half the insert's CPU in a bulk load.
/// </summary>
internal sealed class DialogueLineInserter : IDisposable
{
    private const string Insert =
        "INSERT OR FAIL INTO DialogueLines (Id, ParagraphId, ChapterId, Start, \"End\", Text, Kind, Style, SpeakerId, SpeakerMention, Confidence, Sieve) VALUES ";

    private readonly BatchedInsert<Row> insert;

    public DialogueLineInserter(SqliteConnection connection) => insert = new BatchedInsert<Row>(connection, Insert, 12, BindRow);

    public void Add(in Row row) => insert.Add(row);

    /// <summary>Inserts the buffered rows. Clears the buffer even when it throws.</summary>
    public void Flush() => insert.Flush();

    /// <summary>Drops the buffered rows (after a file failed and its savepoint was rolled back).</summary>
    public void Discard() => insert.Discard();

    public void Dispose() => insert.Dispose();

    private static void BindRow(SqliteStatement statement, int p, Row row)
    {
        statement.Bind(p, row.Id).Bind(p + 1, row.ParagraphId).Bind(p + 2, row.ChapterId).Bind(p + 3, row.Start).Bind(p + 4, row.End)
            .Bind(p + 5, row.Text).Bind(p + 6, row.Kind).Bind(p + 7, row.Style).Bind(p + 8, row.SpeakerId)
            .Bind(p + 9, row.SpeakerMention).Bind(p + 10, row.Confidence).Bind(p + 11, row.Sieve);
    }

    /// <summary>One quoted line's columns.</summary>
    internal readonly record struct Row(
        long Id, long ParagraphId, long ChapterId, int Start, int End, string Text, int Kind, int Style, long? SpeakerId,
        string? SpeakerMention, double Confidence, string? Sieve);
}
