using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Model;
using StoryBot.Data.Entities;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Trivia;

/// <summary>
/// <see cref="ITriviaQueries"/> on the story store: the catalog through EF Core under the scope's query filter, the
/// slices questions are drawn from through prepared commands on indexed id ranges (<see cref="TriviaSql"/>).
/// </summary>
internal sealed class TriviaQueries(StoryDbContext db) : ITriviaQueries
{
    public async Task<TriviaSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = TriviaSql.Snapshot;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            int? Int(int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);
            var fingerprint = new TriviaFingerprint(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture),
                reader.IsDBNull(2) ? 0 : reader.GetInt64(2),
                reader.GetInt64(3),
                reader.GetInt64(4));
            var ranges = new IdRanges(
                Int(5) is { } firstLine && Int(6) is { } lastLine ? (firstLine, lastLine) : null,
                Int(7) is { } firstParagraph && Int(8) is { } lastParagraph ? (firstParagraph, lastParagraph) : null);
            return new TriviaSnapshot(fingerprint, ranges);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<TriviaCatalogRows> ReadCatalogAsync(LibraryScope library, double minConfidence, CancellationToken cancellationToken)
    {
        db.UseLibrary(library);
        var stories = await db.Stories.AsNoTracking()
            .Select(story => new TriviaStory(story.Id, story.Title, story.Rating, null))
            .ToListAsync(cancellationToken);
        var chapters = await db.Chapters.AsNoTracking()
            .Select(chapter => new TriviaChapter(chapter.Id, chapter.StoryId, chapter.Number, chapter.Title))
            .ToListAsync(cancellationToken);
        var characters = await db.Characters.AsNoTracking()
            .Select(character => new TriviaCharacter(character.Id, character.Name, character.Aliases.Select(alias => alias.Alias).ToList()))
            .ToListAsync(cancellationToken);
        var lineCount = await db.DialogueLines.CountAsync(cancellationToken);
        var paragraphs = await db.Paragraphs.CountAsync(cancellationToken);
        var speakers = await ReadSpeakersAsync(library, minConfidence, cancellationToken);
        return new TriviaCatalogRows(stories, chapters, characters, speakers, lineCount, paragraphs);
    }

    public async Task<IReadOnlyList<TriviaSpan>> ReadSpansAsync(LibraryScope library, IReadOnlyList<int>? chapterIds, CancellationToken cancellationToken)
    {
        if (chapterIds is null)
        {
            db.UseLibrary(library);
            return await db.DialogueLines.AsNoTracking()
                .Select(line => new TriviaSpan(
                    line.Id,
                    line.Paragraph.Chapter.StoryId,
                    line.ChapterId,
                    line.ParagraphId,
                    line.Paragraph.Index,
                    line.Start,
                    line.Text,
                    line.Kind,
                    line.SpeakerId,
                    line.Confidence,
                    line.SpeakerMention))
                .ToListAsync(cancellationToken);
        }

        return await ReadChapterSpansAsync(library, chapterIds, cancellationToken);
    }

    public async Task<IReadOnlyList<TriviaPassage>> ReadPassagesAsync(LibraryScope library, IReadOnlyList<int>? chapterIds, int minWords, int maxWords, CancellationToken cancellationToken)
    {
        db.UseLibrary(library);
        var query = db.Paragraphs.AsNoTracking().Where(paragraph => paragraph.WordCount >= minWords && paragraph.WordCount <= maxWords);
        if (chapterIds is not null)
        {
            query = query.Where(paragraph => chapterIds.Contains(paragraph.ChapterId));
        }

        return await query
            .Select(paragraph => new TriviaPassage(paragraph.Id, paragraph.Chapter.StoryId, paragraph.ChapterId, paragraph.Index, paragraph.Text))
            .ToListAsync(cancellationToken);
    }

    public async Task<long?> FindSpeechChapterAsync(LibraryScope library, TriviaSeek seek, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = TriviaSql.Scoped(TriviaSql.SpeechChapter, library);
            command.AddParameter("@speech", (int)DialogueKind.Speech);
            AddRatingParameters(command, seek.ExcludeAdult);
            var from = command.AddParameter("@from", seek.At);
            var to = command.AddParameter("@to", int.MaxValue);
            if (await command.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull)
            {
                return Convert.ToInt64(found, CultureInfo.InvariantCulture);
            }

            (from.Value, to.Value) = (seek.First, seek.At);
            return await command.ExecuteScalarAsync(cancellationToken) is { } wrapped and not DBNull
                ? Convert.ToInt64(wrapped, CultureInfo.InvariantCulture)
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<TriviaPassage>> FindPassagesAsync(LibraryScope library, TriviaSeek seek, int count, int minWords, int maxWords, CancellationToken cancellationToken)
    {
        var found = new List<TriviaPassage>(count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = TriviaSql.Scoped(TriviaSql.Passages, library);
            command.AddParameter("@least", minWords);
            command.AddParameter("@most", maxWords);
            AddRatingParameters(command, seek.ExcludeAdult);
            var from = command.AddParameter("@from", seek.At);
            var to = command.AddParameter("@to", int.MaxValue);
            var limit = command.AddParameter("@count", count);
            await ReadPassagesAsync(command, found, cancellationToken);
            if (found.Count < count)
            {
                (from.Value, to.Value, limit.Value) = (seek.First, seek.At, count - found.Count);
                await ReadPassagesAsync(command, found, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return found;
    }

    private static void AddRatingParameters(DbCommand command, bool excludeAdult)
    {
        command.AddParameter("@all", !excludeAdult);
        command.AddParameter("@mature", (int)Rating.Mature);
        command.AddParameter("@explicit", (int)Rating.Explicit);
    }

    private static async Task ReadPassagesAsync(DbCommand command, List<TriviaPassage> found, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new TriviaPassage(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetString(4)));
        }
    }

    /// <summary>The spans of a few chapters: one prepared command run per chapter on the ChapterId index.</summary>
    private async Task<List<TriviaSpan>> ReadChapterSpansAsync(LibraryScope library, IReadOnlyList<int> chapterIds, CancellationToken cancellationToken)
    {
        var spans = new List<TriviaSpan>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = TriviaSql.Scoped(TriviaSql.Spans, library);
            var chapter = command.AddParameter("@chapter", 0);
            foreach (var id in chapterIds)
            {
                chapter.Value = id;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    spans.Add(new TriviaSpan(
                        reader.GetInt64(0),
                        reader.GetInt64(1),
                        reader.GetInt64(2),
                        reader.GetInt64(3),
                        reader.GetInt32(4),
                        reader.GetInt32(5),
                        reader.GetString(6),
                        (DialogueKind)reader.GetInt32(7),
                        reader.IsDBNull(8) ? null : reader.GetInt64(8),
                        reader.GetDouble(9),
                        reader.IsDBNull(10) ? null : reader.GetString(10)));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return spans;
    }

    private async Task<List<TriviaSpeaker>> ReadSpeakersAsync(LibraryScope library, double minConfidence, CancellationToken cancellationToken)
    {
        var speakers = new List<TriviaSpeaker>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = TriviaSql.Scoped(TriviaSql.Speakers, library);
            command.AddParameter("@speech", (int)DialogueKind.Speech);
            command.AddParameter("@min", minConfidence);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                speakers.Add(new TriviaSpeaker(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return speakers;
    }
}
