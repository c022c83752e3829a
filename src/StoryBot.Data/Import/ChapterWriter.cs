using Microsoft.Data.Sqlite;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Data.Storage;
using CorpusParagraph = StoryBot.Corpus.Model.Paragraph;

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
    private readonly Dictionary<string, int> storyIds = new(StringComparer.Ordinal);
    private readonly SqlBatchCommand findStory, insertStory, updateStory, maxNumber, insertChapter, updateChapter, chapterInfo, chapterByNumber;
    private readonly SqlBatchCommand deleteParagraphs, deleteScenes, deleteNotes, deleteChapter, relocate;
    private readonly SqliteStatement insertScene, insertNote;
    private readonly DialogueLineInserter insertLines;
    private readonly ParagraphInserter insertParagraphs;
    private readonly SqlBatchCommand findCharacter, insertCharacter, updateCharacter, insertAlias, indexRange, unindexChapter;
    private readonly SqlBatchCommand findStoryCharacter, insertStoryCharacter, partsOf, deleteFile;
    private readonly WorkMetadataWriter workWriter;
    private readonly object guild;
    private readonly SearchTriggerPause insertTrigger;
    private SqliteTransaction? transaction;
    private long nextScene, nextParagraph, nextLine, nextNote;
    private long unindexedFrom;
    private bool indexDeferred;

    /// <summary>A writer into the shared library (<paramref name="guildId"/> null, the seed folder) or into one server's library.</summary>
    public ChapterWriter(SqliteConnection connection, TimeProvider time, ulong? guildId = null)
    {
        this.connection = connection;
        this.time = time;
        insertTrigger = new SearchTriggerPause(connection);
        guild = guildId is { } id ? unchecked((long)id) : DBNull.Value;
        Execute(WriterPragmasSql);
        findStory = Add("SELECT Id FROM Stories WHERE Slug = $slug AND GuildId IS $guild", "$slug").With("$guild", guild);
        insertStory = Add(
            "INSERT INTO Stories (Slug, Title, Author, Rating, Summary, SourceUrl, CreatedAt, UpdatedAt, GuildId) " +
            "VALUES ($slug, $title, $author, $rating, $summary, $url, $now, $now, $guild) RETURNING Id",
            "$slug", "$title", "$author", "$rating", "$summary", "$url", "$now").With("$guild", guild);
        updateStory = Add(
            "UPDATE Stories SET Title = $title, Author = coalesce($author, Author), " +
            "Rating = CASE WHEN $rating > 0 THEN $rating ELSE Rating END, Summary = coalesce($summary, Summary), " +
            "SourceUrl = coalesce($url, SourceUrl), UpdatedAt = $now WHERE Id = $id",
            "$id", "$title", "$author", "$rating", "$summary", "$url", "$now");
        maxNumber = Add("SELECT coalesce(max(Number), 0) FROM Chapters WHERE StoryId = $story", "$story");
        chapterInfo = Add("SELECT StoryId, Number FROM Chapters WHERE Id = $id", "$id");
        chapterByNumber = Add("SELECT Id, SourcePath FROM Chapters WHERE StoryId = $story AND Number = $number", "$story", "$number");
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
        partsOf = Add("SELECT Part, Id, StoryId, Number FROM Chapters WHERE SourcePath = $path", "$path");
        // OR FAIL (see DialogueLineInserter): no statement journal in a bulk load; the file's savepoint undoes a failure.
        insertScene = new SqliteStatement(connection,
            "INSERT OR FAIL INTO Scenes (Id, ChapterId, \"Index\", Heading, IsFlashback) VALUES (?1, ?2, ?3, ?4, ?5)");
        insertParagraphs = new ParagraphInserter(connection);
        insertLines = new DialogueLineInserter(connection);
        insertNote = new SqliteStatement(connection,
            "INSERT OR FAIL INTO Notes (Id, ChapterId, Kind, Number, Start, Length, Text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        findCharacter = Add("SELECT Id FROM Characters WHERE StoryId IS NULL AND GuildId IS $guild AND Name = $name", "$name").With("$guild", guild);
        insertCharacter = Add("INSERT INTO Characters (StoryId, Name, Gender, GuildId) VALUES (NULL, $name, $gender, $guild) RETURNING Id", "$name", "$gender")
            .With("$guild", guild);
        updateCharacter = Add("UPDATE Characters SET Gender = $gender WHERE Id = $id", "$id", "$gender");
        indexRange = Add(SearchIndex.IndexRangeSql, "$from", "$to");
        unindexChapter = Add(SearchIndex.UnindexChapterSql, "$chapter", "$from");
        findStoryCharacter = Add("SELECT Id FROM Characters WHERE StoryId = $story AND Name = $name", "$story", "$name");
        insertStoryCharacter = Add("INSERT INTO Characters (StoryId, Name, Gender, GuildId) VALUES ($story, $name, $gender, $guild) RETURNING Id", "$story", "$name", "$gender")
            .With("$guild", guild);
        insertAlias = Add("INSERT OR IGNORE INTO CharacterAliases (CharacterId, Alias) VALUES ($id, $alias)", "$id", "$alias");
        workWriter = new WorkMetadataWriter(Add(WorkMetadataWriter.UpdateSql, WorkMetadataWriter.UpdateParameters),
            Add(WorkMetadataWriter.DeleteTagsSql, "$story"), Add(WorkMetadataWriter.InsertTagSql, WorkMetadataWriter.InsertTagParameters));
    }

    public bool InTransaction => transaction is not null;

    public bool SupportsBulkLoad => true;

    // SQLite lets foreign_keys change only outside a transaction.
    public void SetBulkChecks(bool off) => Execute(off ? "PRAGMA foreign_keys = OFF;" : "PRAGMA foreign_keys = ON;");

    public void DeferSearchIndex()
    {
        Execute(SearchIndex.DeferSql);
        Execute(SearchIndex.WideMergesSql);
        indexDeferred = true;
        insertTrigger.Drop(transaction!);
    }

    public void ResumeSearchIndex()
    {
        insertTrigger.Restore(transaction!);
        Execute(SearchIndex.ResumeSql);
        indexDeferred = false;
    }

    public void RebuildSearchIndex()
    {
        insertTrigger.Restore(transaction!);
        Execute(SearchIndex.RebuildSql);
        indexDeferred = false;
    }

    /// <summary>Text written since the last <see cref="IndexWrittenParagraphs"/> (in UTF-16 characters).</summary>
    public long UnindexedChars { get; private set; }

    public void Begin()
    {
        // BEGIN IMMEDIATE: the write lock is ours until commit, so max(Id)+1 stays free for the whole batch.
        transaction = connection.BeginTransaction(deferred: false);
        foreach (SqlBatchCommand command in commands)
        {
            command.Transaction = transaction;
        }

        nextScene = MaxId("Scenes") + 1;
        nextParagraph = MaxId("Paragraphs") + 1;
        nextLine = MaxId("DialogueLines") + 1;
        nextNote = MaxId("Notes") + 1;
        unindexedFrom = nextParagraph;
        UnindexedChars = 0;
        if (indexDeferred)
        {
            insertTrigger.Drop(transaction);
        }
    }

    /// <summary>
    /// Adds the paragraphs written since the last call to the search index (used while the triggers are paused for a bulk
    /// load). Call it between files, never inside a file's savepoint, and before every commit.
    /// </summary>
    public void IndexWrittenParagraphs()
    {
        if (nextParagraph > unindexedFrom)
        {
            indexRange.Execute(unindexedFrom, nextParagraph - 1);
        }

        unindexedFrom = nextParagraph;
        UnindexedChars = 0;
    }

    public void Commit()
    {
        if (transaction is not null)
        {
            insertTrigger.Restore(transaction);
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
        insertTrigger.Forget();
        storyIds.Clear();
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
    public Dictionary<string, int> UpsertCharacters(CharacterList characters)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Character character in characters.Characters)
        {
            int id;
            if (findCharacter.Scalar(character.Name) is long existing)
            {
                id = (int)existing;
                updateCharacter.Execute(id, (int)character.Gender);
            }
            else
            {
                id = (int)(long)insertCharacter.Scalar(character.Name, (int)character.Gender)!;
            }

            ids.TryAdd(character.Name, id);
            foreach (string alias in character.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                insertAlias.Execute(id, alias.Trim());
                ids.TryAdd(alias.Trim(), id);
            }
        }

        return ids;
    }

    public CharacterList ReadStoryCharacters(string slug)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = StoredStoryCharacters.SqliteSql;
        command.Parameters.AddWithValue("$slug", slug);
        command.Parameters.AddWithValue("$guild", guild);
        return StoredStoryCharacters.Read(command);
    }

    /// <summary>
    /// Stores characters found in a story's tags or text as that story's own characters (a folder's characters.json
    /// stays library-wide); returns every name and alias → id.
    /// </summary>
    private Dictionary<string, int> UpsertStoryCharacters(int storyId, CharacterList characters)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Character character in characters.Characters)
        {
            int id;
            if (findStoryCharacter.Scalar(storyId, character.Name) is long existing)
            {
                id = (int)existing;
                updateCharacter.Execute(id, (int)character.Gender);
            }
            else
            {
                id = (int)(long)insertStoryCharacter.Scalar(storyId, character.Name, (int)character.Gender)!;
            }

            ids.TryAdd(character.Name, id);
            foreach (string alias in character.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                insertAlias.Execute(id, alias.Trim());
            }
        }

        return ids;
    }

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
            insertParagraphs.Discard();
            insertLines.Discard();
            Execute("ROLLBACK TO chapter_file");
            Execute("RELEASE chapter_file");
            storyIds.Clear();
            throw;
        }
    }

    public void Relocate(int chapterId, string fullPath) => relocate.Execute(chapterId, fullPath, Path.GetFileName(fullPath));

    /// <summary>Deletes the chapter and every other chapter read from the same file.</summary>
    public void DeleteChapter(int chapterId) => deleteFile.Execute(chapterId);

    /// <summary>Stories left without chapters (after a prune, or a chapter that moved to another story).</summary>
    public int DeleteEmptyStories()
    {
        storyIds.Clear();
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

        insertScene.Dispose();
        insertParagraphs.Dispose();
        insertLines.Dispose();
        insertNote.Dispose();
    }

    private (int ChapterId, int Number, int? Replaced) WriteCore(PreparedChapter prepared, IReadOnlyDictionary<string, int> speakers)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        int storyId = UpsertStory(prepared, now);
        workWriter.Write(storyId, prepared.Work);
        if (prepared.FoundCharacters is { } found)
        {
            speakers = UpsertStoryCharacters(storyId, found);
        }

        // The file's chapters as stored: part → (id, story, number). Part k replaces part k; parts past the end go.
        var stored = new Dictionary<int, (int Id, int StoryId, int Number)>();
        using (SqliteDataReader reader = partsOf.Reader(prepared.File.FullPath))
        {
            while (reader.Read())
            {
                stored[reader.GetInt32(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            }
        }

        (int ChapterId, int Number, int? Replaced) first = default;
        for (int part = 0; part < prepared.Parts.Count; part++)
        {
            (int Id, int StoryId, int Number)? old = stored.TryGetValue(part, out var same) ? same : null;
            if (old is null)
            {
                // A moved (and edited) file: the chapter the producer matched, or the story's chapter of this number whose file is gone.
                int? elsewhere = (part == 0 ? prepared.ExistingChapterId : null) ?? MovedChapter(storyId, prepared.Parts[part].Metadata.ChapterNumber);
                old = elsewhere is int id ? Describe(id) : null;
            }

            var written = WritePart(prepared, prepared.Parts[part], part, storyId, old, speakers, now);
            first = part == 0 ? (written.ChapterId, written.Number, old?.Id) : first;
        }

        foreach ((int part, var old) in stored)
        {
            if (part >= prepared.Parts.Count)
            {
                Unindex(old.Id);
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
            Unindex(replace.Id);
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

        // Scenes, then the part's paragraphs (batched), then their quoted lines, which refer to them.
        long firstParagraph = nextParagraph;
        int wordIndex = 0;
        foreach (Scene scene in chapter.Scenes)
        {
            long sceneId = nextScene++;
            insertScene.Bind(1, sceneId).Bind(2, chapterId).Bind(3, scene.Index).Bind(4, scene.Heading).Bind(5, scene.IsFlashback).Execute();
            foreach (CorpusParagraph paragraph in scene.Paragraphs)
            {
                UnindexedChars += paragraph.Text.Length;
                insertParagraphs.Add(nextParagraph++, chapterId, sceneId, paragraph.Index, paragraph.Range.Start, paragraph.Range.Length,
                    paragraph.Text, part.ParagraphWords[wordIndex++]);
            }
        }

        insertParagraphs.Flush();
        long nextId = firstParagraph;
        foreach (Scene scene in chapter.Scenes)
        {
            foreach (CorpusParagraph paragraph in scene.Paragraphs)
            {
                long paragraphId = nextId++;
                foreach (QuoteSpan quote in paragraph.Quotes)
                {
                    part.Lines.TryGetValue((paragraph.Index, quote.Range.Start), out AttributedLine? line);
                    long? speaker = line?.Speaker is string name && speakers.TryGetValue(name, out int speakerId) ? speakerId : null;
                    insertLines.Add(new DialogueLineInserter.Row(nextLine++, paragraphId, chapterId, quote.Range.Start, quote.Range.End,
                        quote.Text, (int)(line?.Kind ?? DialogueKind.Speech), (int)quote.Style, speaker,
                        line?.SpeakerMention ?? (speaker is null ? line?.Speaker : null), line?.Confidence ?? 0d, line?.Sieve));
                }
            }
        }

        insertLines.Flush();
        foreach (Note note in chapter.Notes)
        {
            insertNote.Bind(1, nextNote++).Bind(2, chapterId).Bind(3, (int)note.Kind).Bind(4, note.Number).Bind(5, note.Range.Start)
                .Bind(6, note.Range.Length).Bind(7, note.Text).Execute();
        }

        return (chapterId, number.Value);
    }

    /// <summary>
    /// While the search index is deferred the delete triggers are paused too: a chapter's paragraphs that are in the index
    /// (stored before this batch's last <see cref="IndexWrittenParagraphs"/>) leave it here, before they are deleted.
    /// Paragraphs written since were never indexed.
    /// </summary>
    private void Unindex(int chapterId)
    {
        if (indexDeferred)
        {
            unindexChapter.Execute(chapterId, unindexedFrom);
        }
    }

    /// <summary>The chapter <paramref name="number"/> of the story when the file it came from is gone, else null.</summary>
    private int? MovedChapter(int storyId, int? number)
    {
        if (number is null)
        {
            return null;
        }

        using SqliteDataReader reader = chapterByNumber.Reader(storyId, number.Value);
        while (reader.Read())
        {
            if (!File.Exists(reader.GetString(1)))
            {
                return reader.GetInt32(0);
            }
        }

        return null;
    }

    private (int Id, int StoryId, int Number)? Describe(int chapterId)
    {
        using SqliteDataReader reader = chapterInfo.Reader(chapterId);
        return reader.Read() ? (chapterId, reader.GetInt32(0), reader.GetInt32(1)) : null;
    }

    private int UpsertStory(PreparedChapter prepared, DateTime now)
    {
        ChapterMetadata metadata = prepared.Parts[0].Metadata;
        string slug = Slugs.From(prepared.StoryTitle);
        int rating = (int)metadata.Rating;
        if (storyIds.TryGetValue(slug, out int cached) || findStory.Scalar(slug) is long found && (cached = (int)found) > 0)
        {
            updateStory.Execute(cached, prepared.StoryTitle, metadata.Author, rating, metadata.Summary, metadata.SourceUrl, now);
            storyIds[slug] = cached;
            return cached;
        }

        int id = (int)(long)insertStory.Scalar(slug, prepared.StoryTitle, metadata.Author, rating, metadata.Summary, metadata.SourceUrl, now)!;
        storyIds[slug] = id;
        return id;
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
