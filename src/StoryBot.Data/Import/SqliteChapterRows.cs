using Microsoft.Data.Sqlite;
using StoryBot.Corpus.Model;
using CorpusParagraph = StoryBot.Corpus.Model.Paragraph;

namespace StoryBot.Data.Import;

/// <summary>
/// The rows under a chapter for <see cref="ChapterWriter"/>: scenes, paragraphs (batched), their quoted lines (batched)
/// and notes, with ids assigned in memory while the writer holds the write lock (<see cref="Start"/> at its Begin).
/// </summary>
internal sealed class SqliteChapterRows : IDisposable
{
    private readonly SqliteStatement insertScene, insertNote;
    private readonly DialogueLineInserter insertLines;
    private readonly ParagraphInserter insertParagraphs;
    private long nextScene, nextLine, nextNote;

    public SqliteChapterRows(SqliteConnection connection)
    {
        // OR FAIL (see DialogueLineInserter): no statement journal in a bulk load; the file's savepoint undoes a failure.
        insertScene = new SqliteStatement(connection,
            "INSERT OR FAIL INTO Scenes (Id, ChapterId, \"Index\", Heading, IsFlashback) VALUES (?1, ?2, ?3, ?4, ?5)");
        insertParagraphs = new ParagraphInserter(connection);
        insertLines = new DialogueLineInserter(connection);
        insertNote = new SqliteStatement(connection,
            "INSERT OR FAIL INTO Notes (Id, ChapterId, Kind, Number, Start, Length, Text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    }

    /// <summary>The id the next paragraph gets (the search index catches up to it).</summary>
    public long NextParagraph { get; private set; }

    /// <summary>The first free ids (max + 1) of each table, read at the start of the writer's transaction.</summary>
    public void Start(long scene, long paragraph, long line, long note)
    {
        nextScene = scene;
        NextParagraph = paragraph;
        nextLine = line;
        nextNote = note;
    }

    /// <summary>Paragraph text written since the rows were created (UTF-16 characters).</summary>
    public long WrittenChars { get; private set; }

    /// <summary>Writes one chapter's rows.</summary>
    public void Write(int chapterId, PreparedPart part, IReadOnlyDictionary<string, int> speakers)
    {
        ParsedChapter chapter = part.Chapter;

        // Scenes, then the part's paragraphs (batched), then their quoted lines, which refer to them.
        long firstParagraph = NextParagraph;
        int wordIndex = 0;
        foreach (Scene scene in chapter.Scenes)
        {
            long sceneId = nextScene++;
            insertScene.Bind(1, sceneId).Bind(2, chapterId).Bind(3, scene.Index).Bind(4, scene.Heading).Bind(5, scene.IsFlashback).Execute();
            foreach (CorpusParagraph paragraph in scene.Paragraphs)
            {
                WrittenChars += paragraph.Text.Length;
                insertParagraphs.Add(NextParagraph++, chapterId, sceneId, paragraph.Index, paragraph.Range.Start, paragraph.Range.Length,
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
    }

    /// <summary>Forgets rows buffered by a file whose savepoint is rolled back.</summary>
    public void Discard()
    {
        insertParagraphs.Discard();
        insertLines.Discard();
    }

    public void Dispose()
    {
        insertScene.Dispose();
        insertParagraphs.Dispose();
        insertLines.Dispose();
        insertNote.Dispose();
    }
}
