using Microsoft.Data.Sqlite;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Import;

/// <summary>
/// The single writer of an import: raw prepared statements in big transactions, one savepoint per file so a file either
/// lands whole or not at all. Row ids are assigned here (the writer holds the write lock for the whole batch), so
/// children need no round trip for their parents' ids. EF stays the schema and query layer.
/// </summary>
internal sealed class ChapterWriter : IChapterWriter
{
    /// <summary>
    /// The writer appends to every table and index and merges FTS5 segments: SQLite's default 2 MB cache (readers get
    /// 512 KiB). Its statement journal goes to a temporary file past 64 KiB (<c>temp_store</c> FILE) instead of memory:
    /// inside a file's savepoint every statement with a trigger ends by truncating that journal, and SQLite truncates an
    /// in-memory journal by walking its chunk list from the start, so with <c>temp_store = MEMORY</c> (the connection
    /// default, <see cref="SqlitePragmaInterceptor"/>) a file cost time quadratic in its size (a 3 MB novel: ~1 CPU s of
    /// <c>memjrnlTruncate</c>). A file's truncate is one system call. Restored when the writer is disposed.
    /// </summary>
    private const string WriterPragmasSql = "PRAGMA cache_size = -2000; PRAGMA temp_store = FILE;";

    private const string RestorePragmasSql = "PRAGMA temp_store = MEMORY;";

    private readonly SqliteConnection connection;
    private readonly TimeProvider time;
    private readonly List<SqlBatchCommand> commands = [];
    private readonly SqlBatchCommand maxNumber, insertChapter, updateChapter;
    private readonly SqlBatchCommand deleteParagraphs, deleteScenes, deleteNotes, deleteChapter, relocate;
    private readonly SqlBatchCommand deleteFile;
    private readonly SqliteChapterMatcher matcher;
    private readonly SqliteChapterRows rows;
    private readonly SqliteCharacterWriter characters;
    private readonly SqliteStoryWriter stories;
    private readonly SqliteSearchIndexing index;
    private SqliteTransaction? transaction;

    /// <summary>A writer into the shared library (<paramref name="guildId"/> null, the seed folder) or into one server's library.</summary>
    public ChapterWriter(SqliteConnection connection, TimeProvider time, ulong? guildId = null)
    {
        this.connection = connection;
        this.time = time;
        object guild = guildId is { } id ? unchecked((long)id) : DBNull.Value;
        Execute(WriterPragmasSql);
        stories = new SqliteStoryWriter(guild, Add);
        maxNumber = Add("SELECT coalesce(max(Number), 0) FROM Chapters WHERE StoryId = $story", "$story");
        matcher = new SqliteChapterMatcher(Add);
        const string chapterColumns = "StoryId, Number, Title, SourceUrl, SourcePath, Part, FileName, ContentHash, SettingsHash, ByteLength, " +
            "EncodingName, WordCount, SceneCount, ParagraphCount, DialogueCount, ImportedAt";
        string[] chapterParameters = ["$story", "$number", "$title", "$url", "$path", "$part", "$file", "$hash", "$settings", "$bytes",
            "$encoding", "$words", "$scenes", "$paragraphs", "$lines", "$now"];
        insertChapter = Add(
            $"INSERT INTO Chapters ({chapterColumns}) VALUES ({string.Join(", ", chapterParameters)}) RETURNING Id",
            chapterParameters);
        updateChapter = Add(
            "UPDATE Chapters SET " + string.Join(", ", chapterColumns.Split(", ").Zip(chapterParameters, (c, p) => $"{c} = {p}")) +
            " WHERE Id = $id",
            [.. chapterParameters, "$id"]);
        deleteParagraphs = Add("DELETE FROM Paragraphs WHERE ChapterId = $id", "$id");
        deleteScenes = Add("DELETE FROM Scenes WHERE ChapterId = $id", "$id");
        deleteNotes = Add("DELETE FROM Notes WHERE ChapterId = $id", "$id");
        deleteChapter = Add("DELETE FROM Chapters WHERE Id = $id", "$id");
        // A file's chapters move and go together: every part shares its SourcePath.
        const string sameFile = "SourcePath = (SELECT SourcePath FROM Chapters WHERE Id = $id)";
        deleteFile = Add($"DELETE FROM Chapters WHERE {sameFile}", "$id");
        relocate = Add($"UPDATE Chapters SET SourcePath = $path, FileName = $file WHERE {sameFile}", "$id", "$path", "$file");
        rows = new SqliteChapterRows(connection);
        characters = new SqliteCharacterWriter(connection, () => transaction, guild, Add);
        index = new SqliteSearchIndexing(connection, rows, Execute, Add);
    }

    public bool InTransaction => transaction is not null;

    public bool SupportsBulkLoad => true;

    // SQLite lets foreign_keys change only outside a transaction.
    public void SetBulkChecks(bool off) => Execute(off ? "PRAGMA foreign_keys = OFF;" : "PRAGMA foreign_keys = ON;");

    public void DeferSearchIndex() => index.Defer(transaction!);

    public void ResumeSearchIndex() => index.Resume(transaction!);

    public void RebuildSearchIndex() => index.Rebuild(transaction!);

    /// <summary>Text written since the last <see cref="IndexWrittenParagraphs"/> (in UTF-16 characters).</summary>
    public long UnindexedChars => index.UnindexedChars;

    public void Begin()
    {
        // BEGIN IMMEDIATE: the write lock is ours until commit, so max(Id)+1 stays free for the whole batch.
        transaction = connection.BeginTransaction(deferred: false);
        foreach (SqlBatchCommand command in commands)
        {
            command.Transaction = transaction;
        }

        rows.Start(MaxId("Scenes") + 1, MaxId("Paragraphs") + 1, MaxId("DialogueLines") + 1, MaxId("Notes") + 1);
        index.Begin(transaction);
    }

    /// <summary>
    /// Adds the paragraphs written since the last call to the search index (used while the triggers are paused for a bulk
    /// load). Call it between files, never inside a file's savepoint, and before every commit.
    /// </summary>
    public void IndexWrittenParagraphs() => index.IndexWritten();

    public void Commit()
    {
        if (transaction is not null)
        {
            index.Restore(transaction);
        }

        transaction?.Commit();
        transaction?.Dispose();
        transaction = null;
    }

    public void Rollback()
    {
        transaction?.Rollback();
        transaction?.Dispose();
        transaction = null;
        index.Forget();
        stories.Forget();
    }

    public void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="command"/> inside the writer's transaction.</summary>
    public void Enlist(SqliteCommand command) => command.Transaction = transaction;

    public bool ParagraphsEmpty()
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM Paragraphs)";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Stores a folder's characters.json as library-wide characters; returns every name and alias → id.</summary>
    public Dictionary<string, int> UpsertCharacters(CharacterList characters) => this.characters.UpsertListed(characters);

    public CharacterList ReadStoryCharacters(string slug) => characters.ReadStoryOwn(slug);

    public string StorySlug(PreparedChapter prepared) => stories.Slug(prepared);

    public string? SameWorkElsewhere(PreparedChapter prepared) =>
        StoryKeys.SameWorkElsewhere(prepared, stories.Chapters(stories.Slug(prepared)), File.Exists);

    /// <summary>
    /// Writes (or replaces) one chapter inside its own savepoint. Throws after rolling the savepoint back. A new file that
    /// names a story and chapter number already stored from a file that no longer exists is that chapter, moved and
    /// edited: it replaces it (<c>Replaced</c> is its id) instead of adding the chapter twice.
    /// </summary>
    public (int ChapterId, int Number, int? Replaced) Write(PreparedChapter prepared, IReadOnlyDictionary<string, int> speakers)
    {
        Execute("SAVEPOINT chapter_file");
        try
        {
            var result = WriteCore(prepared, speakers);
            Execute("RELEASE chapter_file");
            return result;
        }
        catch
        {
            rows.Discard();
            Execute("ROLLBACK TO chapter_file");
            Execute("RELEASE chapter_file");
            stories.Forget();
            throw;
        }
    }

    public void Relocate(int chapterId, string fullPath) => relocate.Execute(chapterId, fullPath, Path.GetFileName(fullPath));

    /// <summary>Deletes the chapter and every other chapter read from the same file.</summary>
    public void DeleteChapter(int chapterId) => deleteFile.Execute(chapterId);

    /// <summary>Stories left without chapters (after a prune, or a chapter that moved to another story).</summary>
    public int DeleteEmptyStories()
    {
        stories.Forget();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM Stories WHERE NOT EXISTS (SELECT 1 FROM Chapters c WHERE c.StoryId = Stories.Id)";
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        transaction?.Dispose();
        transaction = null;
        Execute(RestorePragmasSql);
        foreach (SqlBatchCommand command in commands)
        {
            command.Dispose();
        }

        rows.Dispose();
    }

    private (int ChapterId, int Number, int? Replaced) WriteCore(PreparedChapter prepared, IReadOnlyDictionary<string, int> speakers)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        int storyId = stories.Upsert(prepared, now);
        if (prepared.FoundCharacters is { } found)
        {
            speakers = characters.UpsertStoryOwn(storyId, found);
        }

        // The file's chapters as stored: part → (id, story, number). Part k replaces part k; parts past the end go.
        var stored = matcher.Stored(prepared.File.FullPath);
        (int ChapterId, int Number, int? Replaced) first = default;
        for (int part = 0; part < prepared.Parts.Count; part++)
        {
            (int Id, int StoryId, int Number)? old = stored.TryGetValue(part, out var same) ? same : null;
            if (old is null)
            {
                // A moved (and edited) file: the chapter the producer matched, or the story's chapter of this number whose file is gone.
                old = matcher.Elsewhere(part == 0 ? prepared.ExistingChapterId : null, storyId, prepared.Parts[part].Metadata.ChapterNumber);
            }

            var written = WritePart(prepared, prepared.Parts[part], part, storyId, old, speakers, now);
            first = part == 0 ? (written.ChapterId, written.Number, old?.Id) : first;
        }

        foreach ((int part, var old) in stored)
        {
            if (part >= prepared.Parts.Count)
            {
                index.Unindex(old.Id);
                deleteChapter.Execute(old.Id);
            }
        }

        return first;
    }

    private (int ChapterId, int Number) WritePart(
        PreparedChapter prepared, PreparedPart part, int partIndex, int storyId, (int Id, int StoryId, int Number)? old,
        IReadOnlyDictionary<string, int> speakers, DateTime now)
    {
        ParsedChapter chapter = part.Chapter;
        ChapterMetadata metadata = part.Metadata;
        int? number = metadata.ChapterNumber;
        if (number is null && old is { } before && before.StoryId == storyId)
        {
            number = before.Number;
        }

        number ??= (int)(long)maxNumber.Scalar(storyId)! + 1;

        int paragraphCount = chapter.Scenes.Sum(s => s.Paragraphs.Count);
        int lineCount = chapter.Scenes.Sum(s => s.Paragraphs.Sum(p => p.Quotes.Count));
        object?[] values =
        [
            storyId, number, part.ChapterTitle, metadata.SourceUrl, prepared.File.FullPath, partIndex, Path.GetFileName(prepared.File.FullPath),
            prepared.ContentHash, prepared.File.Settings.Hash, prepared.Bytes, chapter.EncodingName, part.ParagraphWords.Sum(),
            chapter.Scenes.Count, paragraphCount, lineCount, now,
        ];

        int chapterId;
        if (old is { } replace)
        {
            index.Unindex(replace.Id);
            deleteParagraphs.Execute(replace.Id);
            deleteScenes.Execute(replace.Id);
            deleteNotes.Execute(replace.Id);
            updateChapter.Execute([.. values, replace.Id]);
            chapterId = replace.Id;
        }
        else
        {
            chapterId = (int)(long)insertChapter.Scalar(values)!;
        }

        rows.Write(chapterId, part, speakers);
        return (chapterId, number.Value);
    }

    private long MaxId(string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT coalesce(max(Id), 0) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private SqlBatchCommand Add(string sql, params string[] names)
    {
        var command = new SqlBatchCommand(connection, sql, names);
        commands.Add(command);
        return command;
    }
}
