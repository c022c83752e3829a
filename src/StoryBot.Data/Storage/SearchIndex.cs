using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;

namespace StoryBot.Data.Storage;

/// <summary>Maintenance of the ParagraphSearch FTS5 table (created by the ParagraphSearch migration).</summary>
internal static class SearchIndex
{
    public const string Table = "ParagraphSearch";

    /// <summary>Pauses the sync triggers for a bulk load into an empty store; <see cref="RebuildAsync"/> resumes them.</summary>
    public const string DeferSql = "INSERT OR IGNORE INTO StoreFlags(Key, Value) VALUES ('" + StoreFlag.SearchIndexDeferred + "', 'bulk load');";

    /// <summary>Re-reads every paragraph into the index and re-arms the triggers. Run inside a transaction.</summary>
    public const string RebuildSql =
        "INSERT INTO ParagraphSearch(ParagraphSearch) VALUES ('rebuild'); " + ResumeSql;

    /// <summary>
    /// Indexes a range of paragraph ids by hand while the triggers are paused (a bulk load does this batch by batch, outside
    /// any savepoint: FTS5 flushes its pending terms at every savepoint, so indexing per file would write one tiny segment
    /// per file). Parameters: <c>$from</c>, <c>$to</c>.
    /// </summary>
    public const string IndexRangeSql = "INSERT INTO ParagraphSearch(rowid, Text) SELECT Id, Text FROM Paragraphs WHERE Id BETWEEN $from AND $to;";

    /// <summary>Takes a chapter's indexed paragraphs (ids below <c>$from</c>) out of the index while the triggers are paused.</summary>
    public const string UnindexChapterSql =
        "INSERT INTO ParagraphSearch(ParagraphSearch, rowid, Text) SELECT 'delete', Id, Text FROM Paragraphs WHERE ChapterId = $chapter AND Id < $from;";

    /// <summary>
    /// FTS5 merges 16 segments of a level at a time instead of 4: a bulk load writes one segment per chunk, and merging
    /// in wider steps rewrites the index fewer times (about 30 % less indexing CPU on 100 MB; queries measured no slower).
    /// Stored in the table's config, so it stays.
    /// </summary>
    public const string WideMergesSql = "INSERT INTO ParagraphSearch(ParagraphSearch, rank) VALUES ('automerge', 16);";

    /// <summary>Re-arms the triggers after a bulk load that indexed every batch it committed.</summary>
    public const string ResumeSql = "DELETE FROM StoreFlags WHERE Key = '" + StoreFlag.SearchIndexDeferred + "';";

    /// <summary>FTS5's own consistency check between the index and the Paragraphs table; throws when they differ.</summary>
    public const string IntegrityCheckSql = "INSERT INTO ParagraphSearch(ParagraphSearch, rank) VALUES ('integrity-check');";

    /// <summary>Paragraphs, then paragraphs in the index (FTS5 keeps one docsize row per indexed row).</summary>
    public const string CountsSql = "SELECT (SELECT count(*) FROM Paragraphs), (SELECT count(*) FROM " + Table + "_docsize);";

    public static Task RebuildAsync(StoryDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(RebuildSql, cancellationToken);
}
