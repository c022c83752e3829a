using Microsoft.Data.Sqlite;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Import;

/// <summary>
/// The FTS5 search index during a <see cref="ChapterWriter"/> batch: kept by its triggers as rows arrive, or deferred for a
/// bulk load (triggers paused, the paragraphs written since the last catch-up indexed by id range, a replaced chapter's
/// indexed paragraphs taken out by hand before they are deleted).
/// </summary>
internal sealed class SqliteSearchIndexing
{
    private readonly SearchTriggerPause insertTrigger;
    private readonly SqliteChapterRows rows;
    private readonly Action<string> execute;
    private readonly SqlBatchCommand indexRange, unindexChapter;
    private long unindexedFrom, indexedChars;
    private bool deferred;

    /// <param name="execute">Runs SQL in the writer's transaction.</param>
    /// <param name="add">Creates a statement the writer enlists in its transaction.</param>
    public SqliteSearchIndexing(SqliteConnection connection, SqliteChapterRows rows, Action<string> execute, Func<string, string[], SqlBatchCommand> add)
    {
        insertTrigger = new SearchTriggerPause(connection);
        this.rows = rows;
        this.execute = execute;
        indexRange = add(SearchIndex.IndexRangeSql, ["$from", "$to"]);
        unindexChapter = add(SearchIndex.UnindexChapterSql, ["$chapter", "$from"]);
    }

    /// <summary>Text written since the last <see cref="IndexWritten"/> (in UTF-16 characters).</summary>
    public long UnindexedChars => rows.WrittenChars - indexedChars;

    /// <summary>At the writer's Begin, after the rows' ids are known.</summary>
    public void Begin(SqliteTransaction transaction)
    {
        unindexedFrom = rows.NextParagraph;
        indexedChars = rows.WrittenChars;
        if (deferred)
        {
            insertTrigger.Drop(transaction);
        }
    }

    public void Defer(SqliteTransaction transaction)
    {
        execute(SearchIndex.DeferSql);
        execute(SearchIndex.WideMergesSql);
        deferred = true;
        insertTrigger.Drop(transaction);
    }

    public void Resume(SqliteTransaction transaction)
    {
        insertTrigger.Restore(transaction);
        execute(SearchIndex.ResumeSql);
        deferred = false;
    }

    public void Rebuild(SqliteTransaction transaction)
    {
        insertTrigger.Restore(transaction);
        execute(SearchIndex.RebuildSql);
        deferred = false;
    }

    /// <summary>Adds the paragraphs written since the last call to the index (only needed while it is deferred).</summary>
    public void IndexWritten()
    {
        if (rows.NextParagraph > unindexedFrom)
        {
            indexRange.Execute(unindexedFrom, rows.NextParagraph - 1);
        }

        unindexedFrom = rows.NextParagraph;
        indexedChars = rows.WrittenChars;
    }

    /// <summary>
    /// While the index is deferred the delete triggers are paused too: a chapter's paragraphs that are in the index (stored
    /// before this batch's last <see cref="IndexWritten"/>) leave it here, before they are deleted. Paragraphs written
    /// since were never indexed.
    /// </summary>
    public void Unindex(int chapterId)
    {
        if (deferred)
        {
            unindexChapter.Execute(chapterId, unindexedFrom);
        }
    }

    /// <summary>Before the writer's commit: the paused trigger is back.</summary>
    public void Restore(SqliteTransaction transaction) => insertTrigger.Restore(transaction);

    /// <summary>After a rollback: the paused trigger came back with it.</summary>
    public void Forget() => insertTrigger.Forget();
}
