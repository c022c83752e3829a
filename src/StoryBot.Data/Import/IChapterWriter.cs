using StoryBot.Corpus.Characters;

namespace StoryBot.Data.Import;

/// <summary>
/// The single writer of an import, one implementation per store (<see cref="ChapterWriter"/> on SQLite,
/// <see cref="Postgres.PostgresChapterWriter"/> on PostgreSQL). Ids are assigned in memory while the writer holds the
/// store's write lock (from <see cref="Begin"/> to <see cref="Commit"/>); every file is written inside its own savepoint.
/// </summary>
internal interface IChapterWriter : IDisposable
{
    bool InTransaction { get; }

    /// <summary>Text written since the last <see cref="IndexWrittenParagraphs"/> (in UTF-16 characters).</summary>
    long UnindexedChars { get; }

    /// <summary>True when the store can load an empty library faster with the search index deferred (SQLite FTS5).</summary>
    bool SupportsBulkLoad { get; }

    void Begin();

    void Commit();

    void Rollback();

    bool ParagraphsEmpty();

    /// <summary>Foreign-key checks off (true) or back on, outside a transaction, for a bulk load that only inserts.</summary>
    void SetBulkChecks(bool off);

    /// <summary>Pauses search-index maintenance for a bulk load (<see cref="IndexWrittenParagraphs"/> catches up by hand).</summary>
    void DeferSearchIndex();

    /// <summary>Re-arms search-index maintenance after a bulk load that indexed everything it committed.</summary>
    void ResumeSearchIndex();

    /// <summary>Rebuilds the search index from every stored paragraph and re-arms its maintenance (inside a transaction).</summary>
    void RebuildSearchIndex();

    /// <summary>Adds the paragraphs written since the last call to the search index (only while it is deferred).</summary>
    void IndexWrittenParagraphs();

    Dictionary<string, int> UpsertCharacters(CharacterList characters);

    /// <summary>The characters stored as the story's own (found by an earlier import) for the story <paramref name="slug"/> of this writer's library; empty when none.</summary>
    CharacterList ReadStoryCharacters(string slug);

    /// <summary>The key of the file's story in this writer's library (<see cref="StoryKeys"/>; read inside the transaction).</summary>
    string StorySlug(PreparedChapter prepared);

    /// <summary>Another file on disk that already holds this whole work's chapters (<see cref="StoryKeys.SameWorkElsewhere"/>); null when none.</summary>
    string? SameWorkElsewhere(PreparedChapter prepared);

    /// <summary>
    /// Writes (or replaces) one chapter in its own savepoint. A new file naming a story and chapter number stored from a
    /// file that no longer exists replaces that chapter (moved and edited); <c>Replaced</c> is the id it replaced.
    /// </summary>
    (int ChapterId, int Number, int? Replaced) Write(PreparedChapter prepared, IReadOnlyDictionary<string, int> speakers);

    void Relocate(int chapterId, string fullPath);

    void DeleteChapter(int chapterId);

    int DeleteEmptyStories();
}
