using Npgsql;
using NpgsqlTypes;
using StoryBot.Corpus.Model;
using StoryBot.Data.Import;
using CorpusParagraph = StoryBot.Corpus.Model.Paragraph;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Writes a chapter's scenes, paragraphs, quoted lines and notes with one binary <c>COPY</c> per table (no SQL per row,
/// no text escaping; the server parses nothing but the column values). Ids come from <see cref="Ids"/>, assigned by
/// the writer that holds the import lock.
/// </summary>
internal sealed class PostgresRowCopier(NpgsqlConnection connection)
{
    public readonly record struct Ids(long Scene, long Paragraph, long Line, long Note);

    public Ids Copy(PreparedPart prepared, int chapterId, IReadOnlyDictionary<string, int> speakers, Ids next)
    {
        ParsedChapter chapter = prepared.Chapter;
        long sceneId = next.Scene;
        using (NpgsqlBinaryImporter scenes = connection.BeginBinaryImport(
            "COPY \"Scenes\" (\"Id\", \"ChapterId\", \"Index\", \"Heading\", \"IsFlashback\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (Scene scene in chapter.Scenes)
            {
                scenes.StartRow();
                scenes.Write((int)sceneId++, NpgsqlDbType.Integer);
                scenes.Write(chapterId, NpgsqlDbType.Integer);
                scenes.Write(scene.Index, NpgsqlDbType.Integer);
                WriteText(scenes, scene.Heading);
                scenes.Write(scene.IsFlashback, NpgsqlDbType.Boolean);
            }

            scenes.Complete();
        }

        long paragraphId = next.Paragraph;
        sceneId = next.Scene;
        int wordIndex = 0;
        using (NpgsqlBinaryImporter paragraphs = connection.BeginBinaryImport(
            "COPY \"Paragraphs\" (\"Id\", \"ChapterId\", \"SceneId\", \"Index\", \"Start\", \"Length\", \"Text\", \"WordCount\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (Scene scene in chapter.Scenes)
            {
                foreach (CorpusParagraph paragraph in scene.Paragraphs)
                {
                    paragraphs.StartRow();
                    paragraphs.Write((int)paragraphId++, NpgsqlDbType.Integer);
                    paragraphs.Write(chapterId, NpgsqlDbType.Integer);
                    paragraphs.Write((int)sceneId, NpgsqlDbType.Integer);
                    paragraphs.Write(paragraph.Index, NpgsqlDbType.Integer);
                    paragraphs.Write(paragraph.Range.Start, NpgsqlDbType.Integer);
                    paragraphs.Write(paragraph.Range.Length, NpgsqlDbType.Integer);
                    paragraphs.Write(PostgresText.Clean(paragraph.Text), NpgsqlDbType.Text);
                    paragraphs.Write(prepared.ParagraphWords[wordIndex++], NpgsqlDbType.Integer);
                }

                sceneId++;
            }

            paragraphs.Complete();
        }

        long lineId = next.Line;
        paragraphId = next.Paragraph;
        using (NpgsqlBinaryImporter lines = connection.BeginBinaryImport(
            "COPY \"DialogueLines\" (\"Id\", \"ParagraphId\", \"ChapterId\", \"Start\", \"End\", \"Text\", \"Kind\", \"Style\", \"SpeakerId\", " +
            "\"SpeakerMention\", \"Confidence\", \"Sieve\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (CorpusParagraph paragraph in chapter.Scenes.SelectMany(s => s.Paragraphs))
            {
                long current = paragraphId++;
                foreach (QuoteSpan quote in paragraph.Quotes)
                {
                    prepared.Lines.TryGetValue((paragraph.Index, quote.Range.Start), out AttributedLine? line);
                    int? speaker = line?.Speaker is string name && speakers.TryGetValue(name, out int speakerId) ? speakerId : null;
                    lines.StartRow();
                    lines.Write((int)lineId++, NpgsqlDbType.Integer);
                    lines.Write((int)current, NpgsqlDbType.Integer);
                    lines.Write(chapterId, NpgsqlDbType.Integer);
                    lines.Write(quote.Range.Start, NpgsqlDbType.Integer);
                    lines.Write(quote.Range.End, NpgsqlDbType.Integer);
                    lines.Write(PostgresText.Clean(quote.Text), NpgsqlDbType.Text);
                    lines.Write((int)(line?.Kind ?? DialogueKind.Speech), NpgsqlDbType.Integer);
                    lines.Write((int)quote.Style, NpgsqlDbType.Integer);
                    if (speaker is int id)
                    {
                        lines.Write(id, NpgsqlDbType.Integer);
                    }
                    else
                    {
                        lines.WriteNull();
                    }

                    WriteText(lines, line?.SpeakerMention ?? (speaker is null ? line?.Speaker : null));
                    lines.Write(line?.Confidence ?? 0d, NpgsqlDbType.Double);
                    WriteText(lines, line?.Sieve);
                }
            }

            lines.Complete();
        }

        long noteId = next.Note;
        if (chapter.Notes.Count > 0)
        {
            using NpgsqlBinaryImporter notes = connection.BeginBinaryImport(
                "COPY \"Notes\" (\"Id\", \"ChapterId\", \"Kind\", \"Number\", \"Start\", \"Length\", \"Text\") FROM STDIN (FORMAT BINARY)");
            foreach (Note note in chapter.Notes)
            {
                notes.StartRow();
                notes.Write((int)noteId++, NpgsqlDbType.Integer);
                notes.Write(chapterId, NpgsqlDbType.Integer);
                notes.Write((int)note.Kind, NpgsqlDbType.Integer);
                if (note.Number is int number)
                {
                    notes.Write(number, NpgsqlDbType.Integer);
                }
                else
                {
                    notes.WriteNull();
                }

                notes.Write(note.Range.Start, NpgsqlDbType.Integer);
                notes.Write(note.Range.Length, NpgsqlDbType.Integer);
                notes.Write(PostgresText.Clean(note.Text), NpgsqlDbType.Text);
            }

            notes.Complete();
        }

        return new Ids(sceneId, paragraphId, lineId, noteId);
    }

    private static void WriteText(NpgsqlBinaryImporter importer, string? text)
    {
        if (text is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(PostgresText.Clean(text), NpgsqlDbType.Text);
        }
    }
}
