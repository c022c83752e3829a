using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Libraries;

namespace StoryBot.Data.Search;

/// <summary>
/// FTS5 search: bm25 ranks at most <see cref="MaxCandidates"/> matching paragraphs (so a word found in half the library
/// still answers in milliseconds), then snippets are cut for the top few only, one indexed rowid lookup each. Every
/// query sees only the libraries of the context's <see cref="StoryDbContext.Library"/> (<see cref="LibrarySql"/>).
/// </summary>
public sealed class StorySearch(StoryDbContext db) : IStorySearch
{
    public const int MaxLimit = 50;

    /// <summary>
    /// Matches ranked per query; beyond it the earliest-imported matches are ranked (common words only). 1,000 keeps the
    /// bm25 step near 2 ms of CPU on a 100 MB archive (4,000 cost ~4 ms and set the p99; see docs/performance.md).
    /// </summary>
    public const int MaxCandidates = 1000;

    private const char Open = '\u0002';
    private const char Close = '\u0003';
    private const int SnippetTokens = 40;

    public async Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken)
    {
        var (match, message) = SearchQuery.Build(query);
        if (match is null)
        {
            return new SearchResult(query ?? string.Empty, null, [], message);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            List<(int Id, double Score)> ranked = await RankAsync(connection, match, limit, storyId, db.Library, cancellationToken).ConfigureAwait(false);
            var hits = new List<SearchHit>(ranked.Count);
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT snippet(ParagraphSearch, 0, $open, $close, '…', $tokens), p.ChapterId, p.\"Index\", c.Number, c.Title, " +
                "st.Id, st.Title, st.Slug FROM ParagraphSearch s CROSS JOIN Paragraphs p ON p.Id = s.rowid " +
                "JOIN Chapters c ON c.Id = p.ChapterId JOIN Stories st ON st.Id = c.StoryId " +
                "WHERE ParagraphSearch MATCH $match AND s.rowid = $id";
            command.Parameters.AddWithValue("$open", Open.ToString());
            command.Parameters.AddWithValue("$close", Close.ToString());
            command.Parameters.AddWithValue("$tokens", SnippetTokens);
            command.Parameters.AddWithValue("$match", match);
            SqliteParameter id = command.Parameters.Add("$id", SqliteType.Integer);
            foreach (var (paragraphId, score) in ranked)
            {
                id.Value = paragraphId;
                await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                var (snippet, ranges) = SearchHighlighter.Parse(reader.GetString(0), Open, Close);
                hits.Add(new SearchHit(paragraphId, reader.GetInt32(5), reader.GetString(6), reader.GetString(7), reader.GetInt32(1),
                    reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(2), snippet, ranges, score));
            }

            return new SearchResult(query!, match, hits);
        }
        catch (SqliteException ex) when (ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            // SearchQuery quotes every word, so this should not happen; a user still gets an answer, not an error.
            return new SearchResult(query!, match, [], string.Create(CultureInfo.InvariantCulture, $"That search could not be run ({ex.Message})."));
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    public async Task<PassageHit?> FindPassageAsync(string query, SearchScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        IReadOnlyList<string> terms = SearchQuery.Terms(query);
        if (terms.Count == 0)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            // Whole words first. A word the library knows is then taken as typed and only the others ("Rasen") are
            // completed as prefixes: without a prefix index a common word's prefix ("the"*) merges the doclists of
            // every word it starts, tens of milliseconds of CPU on a 100 MB archive (see docs/performance.md).
            LibraryScope library = db.Library;
            if (await FindPassageAsync(connection, SearchQuery.BuildWhole(terms), scope, library, cancellationToken).ConfigureAwait(false) is { } whole)
            {
                return whole;
            }

            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (string term in terms)
            {
                if (await IsIndexedAsync(connection, term, library, cancellationToken).ConfigureAwait(false))
                {
                    known.Add(term);
                }
            }

            foreach (string match in FallbackMatches(terms, known))
            {
                if (await FindPassageAsync(connection, match, scope, library, cancellationToken).ConfigureAwait(false) is { } hit)
                {
                    return hit;
                }
            }

            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After the whole words found nothing: every word (unknown words as prefixes) when some word is unknown, then any
    /// word when there are several.
    /// </summary>
    internal static IEnumerable<string> FallbackMatches(IReadOnlyList<string> terms, IReadOnlySet<string> known)
    {
        if (terms.Any(term => !known.Contains(term)))
        {
            yield return SearchQuery.BuildCompleting(terms, known, anyTerm: false);
        }

        if (terms.Count > 1)
        {
            yield return SearchQuery.BuildCompleting(terms, known, anyTerm: true);
        }
    }

    /// <summary>True when some paragraph the viewer may see has <paramref name="term"/> as a whole word (one doclist seek).</summary>
    private static async Task<bool> IsIndexedAsync(SqliteConnection connection, string term, LibraryScope library, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = library.Everything
            ? "SELECT 1 FROM ParagraphSearch WHERE ParagraphSearch MATCH $match LIMIT 1"
            : "SELECT 1 FROM ParagraphSearch s CROSS JOIN Paragraphs p ON p.Id = s.rowid JOIN Chapters c ON c.Id = p.ChapterId " +
              $"JOIN Stories st ON st.Id = c.StoryId WHERE ParagraphSearch MATCH $match AND {LibrarySql.Visible("st")} LIMIT 1";
        command.Parameters.AddWithValue("$match", SearchQuery.BuildWhole([term]));
        LibrarySql.Bind(command, library);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task<PassageHit?> FindPassageAsync(SqliteConnection connection, string match, SearchScope scope, LibraryScope library, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();

        // The best match ranks at most MaxCandidates matches in scope (as SearchAsync does): ranking every match of a
        // common word cost up to ~0.4 s of CPU on a 100 MB archive. A random pick needs no ranking and stays uncapped.
        command.CommandText =
            $"""
            SELECT ChapterId, "Index" FROM (
                SELECT p.ChapterId, p."Index", {(scope.PickRandom ? "random()" : "bm25(ParagraphSearch)")} AS score
                FROM ParagraphSearch
                JOIN Paragraphs p ON p.Id = ParagraphSearch.rowid
                JOIN Chapters c ON c.Id = p.ChapterId
                JOIN Stories s ON s.Id = c.StoryId
                WHERE ParagraphSearch MATCH $match
                  AND ($story IS NULL OR c.StoryId = $story)
                  AND ($chapter IS NULL OR p.ChapterId = $chapter)
                  AND ($mature = 1 OR s.Rating < 3)
                  AND {LibrarySql.Visible("s")}
                  AND ($speaker IS NULL OR EXISTS (SELECT 1 FROM DialogueLines d WHERE d.ParagraphId = p.Id AND d.SpeakerId = $speaker))
                  AND ($dialogue = 0 OR instr(p.Text, '"') > 0 OR instr(p.Text, '“') > 0)
                {(scope.PickRandom ? string.Empty : "LIMIT $cap")})
            ORDER BY score
            LIMIT 1
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$story", (object?)scope.StoryId ?? DBNull.Value);
        command.Parameters.AddWithValue("$chapter", (object?)scope.ChapterId ?? DBNull.Value);
        command.Parameters.AddWithValue("$mature", scope.IncludeMature ? 1 : 0);
        command.Parameters.AddWithValue("$speaker", (object?)scope.SpeakerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$dialogue", scope.DialogueOnly ? 1 : 0);
        LibrarySql.Bind(command, library);
        if (!scope.PickRandom)
        {
            command.Parameters.AddWithValue("$cap", MaxCandidates);
        }

        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new PassageHit(reader.GetInt32(0), reader.GetInt32(1))
            : null;
    }

    private static async Task<List<(int Id, double Score)>> RankAsync(
        SqliteConnection connection, string match, int limit, int? storyId, LibraryScope library, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = storyId is null && library.Everything
            ? "SELECT id, score FROM (SELECT s.rowid AS id, bm25(ParagraphSearch) AS score FROM ParagraphSearch s " +
              "WHERE ParagraphSearch MATCH $match LIMIT $cap) ORDER BY score, id LIMIT $limit"
            : "SELECT id, score FROM (SELECT s.rowid AS id, bm25(ParagraphSearch) AS score FROM ParagraphSearch s " +
              "CROSS JOIN Paragraphs p ON p.Id = s.rowid JOIN Chapters c ON c.Id = p.ChapterId JOIN Stories st ON st.Id = c.StoryId " +
              $"WHERE ParagraphSearch MATCH $match AND ($story IS NULL OR c.StoryId = $story) AND {LibrarySql.Visible("st")} LIMIT $cap) " +
              "ORDER BY score, id LIMIT $limit";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$story", (object?)storyId ?? DBNull.Value);
        LibrarySql.Bind(command, library);
        command.Parameters.AddWithValue("$cap", MaxCandidates);
        command.Parameters.AddWithValue("$limit", limit);

        var ranked = new List<(int, double)>(limit);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ranked.Add((reader.GetInt32(0), reader.GetDouble(1)));
        }

        return ranked;
    }
}
