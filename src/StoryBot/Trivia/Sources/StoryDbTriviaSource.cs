using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Corpus.Model;
using Paragraph = StoryBot.Data.Entities.Paragraph;
using StoryBot.Data;
using StoryBot.Data.Entities;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// Reads trivia's catalog from the story database and keeps it until the library changes (chapters imported,
/// re-imported or removed); reads text only for the slices a question is drawn from, with indexed queries. Everything
/// is read for one <see cref="LibraryScope"/>: a catalog per scope, and every slice query carries the scope's predicate
/// (<see cref="LibrarySql.VisibleQuoted"/> in place of <c>{library}</c>).
/// </summary>
public sealed class StoryDbTriviaSource(IServiceScopeFactory scopes, IOptions<TriviaOptions> options) : ITriviaCorpusSource
{
    /// <summary>
    /// Speakers per story: speech spans grouped by paragraph and speaker so a line split by its speech tag counts as
    /// one line, and sure only when every such span is (never looser than the merged lines the questions use).
    /// </summary>
    private const string SpeakersSql =
        "SELECT c.\"StoryId\", g.\"SpeakerId\", COUNT(*) FROM " +
        "(SELECT \"ChapterId\", \"SpeakerId\", MIN(\"Confidence\") AS \"Confidence\" FROM \"DialogueLines\" " +
        " WHERE \"Kind\" = @speech AND \"SpeakerId\" IS NOT NULL GROUP BY \"ParagraphId\", \"SpeakerId\") AS g " +
        "JOIN \"Chapters\" AS c ON c.\"Id\" = g.\"ChapterId\" JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" JOIN \"Characters\" AS ch ON ch.\"Id\" = g.\"SpeakerId\" " +
        "WHERE g.\"Confidence\" >= @min AND {library} AND {character} GROUP BY c.\"StoryId\", g.\"SpeakerId\"";

    /// <summary>
    /// What changes when chapters are imported, re-imported or removed (lines are only ever written with their chapter,
    /// which gets a new ImportedAt, and take new ids); one command of primary-key lookups, checked before every game.
    /// </summary>
    private const string FingerprintSql =
        "SELECT (SELECT COUNT(*) FROM \"Chapters\"), (SELECT MAX(\"ImportedAt\") FROM \"Chapters\"), (SELECT MAX(\"Id\") FROM \"DialogueLines\"), " +
        "(SELECT COUNT(*) FROM \"Characters\"), (SELECT COUNT(*) FROM \"Stories\"), (SELECT MIN(\"Id\") FROM \"DialogueLines\"), (SELECT MAX(\"Id\") FROM \"DialogueLines\"), " +
        "(SELECT MIN(\"Id\") FROM \"Paragraphs\"), (SELECT MAX(\"Id\") FROM \"Paragraphs\")";

    private const string SpansSql =
        "SELECT d.\"Id\", c.\"StoryId\", d.\"ChapterId\", d.\"ParagraphId\", p.\"Index\", d.\"Start\", d.\"Text\", d.\"Kind\", d.\"SpeakerId\", d.\"Confidence\", d.\"SpeakerMention\" " +
        "FROM \"DialogueLines\" AS d JOIN \"Paragraphs\" AS p ON p.\"Id\" = d.\"ParagraphId\" JOIN \"Chapters\" AS c ON c.\"Id\" = d.\"ChapterId\" " +
        "JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" WHERE d.\"ChapterId\" = @chapter AND {library}";

    /// <summary>The chapter of the first spoken line in [@from, @to) (rowid range), of a story the channel may see.</summary>
    private const string SpeechChapterSql =
        "SELECT d.\"ChapterId\" FROM \"DialogueLines\" AS d JOIN \"Chapters\" AS c ON c.\"Id\" = d.\"ChapterId\" JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" " +
        "WHERE d.\"Id\" >= @from AND d.\"Id\" < @to AND d.\"Kind\" = @speech AND (@all OR s.\"Rating\" NOT IN (@mature, @explicit)) AND {library} ORDER BY d.\"Id\" LIMIT 1";

    /// <summary>Passage-length paragraphs in [@from, @to) (rowid range), of stories the channel may see.</summary>
    private const string PassagesSql =
        "SELECT p.\"Id\", c.\"StoryId\", p.\"ChapterId\", p.\"Index\", p.\"Text\" FROM \"Paragraphs\" AS p JOIN \"Chapters\" AS c ON c.\"Id\" = p.\"ChapterId\" " +
        "JOIN \"Stories\" AS s ON s.\"Id\" = c.\"StoryId\" WHERE p.\"Id\" >= @from AND p.\"Id\" < @to AND p.\"WordCount\" >= @least AND p.\"WordCount\" <= @most " +
        "AND (@all OR s.\"Rating\" NOT IN (@mature, @explicit)) AND {library} ORDER BY p.\"Id\" LIMIT @count";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<LibraryScope, ((long Chapters, string? LastImport, long LastLine, long Characters, long Stories) Fingerprint, TriviaCatalog Catalog)> _catalogs = [];
    private volatile IdRanges? _ranges;

    private Questions.QuestionRules Rules => options.Value.Questions;

    public async Task<TriviaCatalog> LoadCatalogAsync(LibraryScope library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>().UseLibrary(library);
        var (fingerprint, ranges) = await FingerprintAsync(db, cancellationToken);
        _ranges = ranges;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_catalogs.TryGetValue(library, out var cached) && cached.Fingerprint == fingerprint)
            {
                return cached.Catalog;
            }

            if (_catalogs.Count >= Questions.TriviaQuestionBanks.MaxScopes)
            {
                _catalogs.Clear();
            }

            var catalog = await ReadCatalogAsync(db, library, cancellationToken);
            _catalogs[library] = (fingerprint, catalog);
            return catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<TriviaRows> LoadChaptersAsync(LibraryScope library, IReadOnlyCollection<long>? chapterIds, bool lines, bool passages, CancellationToken cancellationToken)
    {
        if (chapterIds is { Count: 0 } || (!lines && !passages))
        {
            return TriviaRows.Empty;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>().UseLibrary(library);
        var ids = chapterIds?.Select(id => (int)id).ToList();
        IReadOnlyList<TriviaLine> lineRows = [];
        if (lines)
        {
            lineRows = ids is null
                ? DialogueSpan.Merge(await SelectSpans(db.DialogueLines.AsNoTracking()).ToListAsync(cancellationToken))
                : DialogueSpan.Merge(await ReadSpansAsync(db, library, ids, cancellationToken));
        }

        IReadOnlyList<TriviaPassage> passageRows = [];
        if (passages)
        {
            var query = PassageParagraphs(db);
            if (ids is not null)
            {
                query = query.Where(paragraph => ids.Contains(paragraph.ChapterId));
            }

            passageRows = await SelectPassages(query).ToListAsync(cancellationToken);
        }

        return new TriviaRows(lineRows, passageRows);
    }

    public async Task<long?> FindSpeechChapterAsync(LibraryScope library, double position, bool excludeAdult, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();

        // Seek a random id rather than count + skip: the id range is read with the catalog, the seek walks a few rows.
        var ranges = _ranges ?? (await FingerprintAsync(db, cancellationToken)).Ranges;
        if (ranges.Lines is not var (min, max))
        {
            return null;
        }

        var at = At(min, max, position);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Scoped(SpeechChapterSql, library);
            command.AddParameter("@speech", (int)DialogueKind.Speech);
            command.AddParameter("@all", !excludeAdult);
            command.AddParameter("@mature", (int)Rating.Mature);
            command.AddParameter("@explicit", (int)Rating.Explicit);
            var from = command.AddParameter("@from", at);
            var to = command.AddParameter("@to", int.MaxValue);
            if (await command.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull)
            {
                return Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture);
            }

            (from.Value, to.Value) = (min, at);
            return await command.ExecuteScalarAsync(cancellationToken) is { } wrapped and not DBNull ? Convert.ToInt64(wrapped, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<TriviaPassage>> FindPassagesAsync(LibraryScope library, double position, int count, bool excludeAdult, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        var ranges = _ranges ?? (await FingerprintAsync(db, cancellationToken)).Ranges;
        if (ranges.Paragraphs is not var (min, max))
        {
            return [];
        }

        var at = At(min, max, position);
        var found = new List<TriviaPassage>(count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Scoped(PassagesSql, library);
            command.AddParameter("@least", Rules.PassageMinWords);
            command.AddParameter("@most", Rules.PassageMaxWords);
            command.AddParameter("@all", !excludeAdult);
            command.AddParameter("@mature", (int)Rating.Mature);
            command.AddParameter("@explicit", (int)Rating.Explicit);
            var from = command.AddParameter("@from", at);
            var to = command.AddParameter("@to", int.MaxValue);
            var limit = command.AddParameter("@count", count);
            await ReadPassagesAsync(command, found, cancellationToken);
            if (found.Count < count)
            {
                (from.Value, to.Value, limit.Value) = (min, at, count - found.Count);
                await ReadPassagesAsync(command, found, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return found;
    }

    private static async Task ReadPassagesAsync(DbCommand command, List<TriviaPassage> found, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new TriviaPassage(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetString(4)));
        }
    }

    private static async Task<((long Chapters, string? LastImport, long LastLine, long Characters, long Stories) Fingerprint, IdRanges Ranges)> FingerprintAsync(StoryDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = FingerprintSql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            int? Int(int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);
            var fingerprint = (reader.GetInt64(0), reader.IsDBNull(1) ? null : Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), reader.IsDBNull(2) ? 0 : reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            var ranges = new IdRanges(
                Int(5) is { } firstLine && Int(6) is { } lastLine ? (firstLine, lastLine) : null,
                Int(7) is { } firstParagraph && Int(8) is { } lastParagraph ? (firstParagraph, lastParagraph) : null);
            return (fingerprint, ranges);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The spans of a few chapters: one prepared command run per chapter on the ChapterId index.</summary>
    private static async Task<List<DialogueSpan>> ReadSpansAsync(StoryDbContext db, LibraryScope library, IReadOnlyList<int> chapterIds, CancellationToken cancellationToken)
    {
        var spans = new List<DialogueSpan>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Scoped(SpansSql, library);
            var chapter = command.AddParameter("@chapter", 0);
            foreach (var id in chapterIds)
            {
                chapter.Value = id;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    spans.Add(new DialogueSpan(
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

    private static int At(int min, int max, double position) =>
        min + (int)Math.Clamp((long)(Math.Clamp(position, 0, 1) * ((long)max - min + 1)), 0, (long)max - min);

    private IQueryable<Paragraph> PassageParagraphs(StoryDbContext db)
    {
        var (least, most) = (Rules.PassageMinWords, Rules.PassageMaxWords);
        return db.Paragraphs.AsNoTracking().Where(paragraph => paragraph.WordCount >= least && paragraph.WordCount <= most);
    }

    private static IQueryable<DialogueSpan> SelectSpans(IQueryable<DialogueLine> lines) =>
        lines.Select(line => new DialogueSpan(
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
            line.SpeakerMention));

    private static IQueryable<TriviaPassage> SelectPassages(IQueryable<Paragraph> paragraphs) =>
        paragraphs.Select(paragraph => new TriviaPassage(paragraph.Id, paragraph.Chapter.StoryId, paragraph.ChapterId, paragraph.Index, paragraph.Text));

    /// <summary>The SQL with the scope's predicate over its <c>s</c> (story) and <c>ch</c> (speaker) aliases.</summary>
    private static string Scoped(string sql, LibraryScope library) =>
        sql.Replace("{library}", LibrarySql.VisibleQuoted("s", library), StringComparison.Ordinal)
            .Replace("{character}", LibrarySql.VisibleQuoted("ch", library), StringComparison.Ordinal);

    private async Task<TriviaCatalog> ReadCatalogAsync(StoryDbContext db, LibraryScope library, CancellationToken cancellationToken)
    {
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
        var speakers = await ReadSpeakersAsync(db, library, cancellationToken);
        return new TriviaCatalog(stories, chapters, characters, speakers, lineCount, paragraphs);
    }

    private async Task<List<TriviaSpeaker>> ReadSpeakersAsync(StoryDbContext db, LibraryScope library, CancellationToken cancellationToken)
    {
        var speakers = new List<TriviaSpeaker>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Scoped(SpeakersSql, library);
            command.AddParameter("@speech", (int)DialogueKind.Speech);
            command.AddParameter("@min", Rules.MinConfidence);
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
