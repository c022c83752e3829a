using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Libraries;

namespace StoryBot.Data.Search;

/// <summary>
/// FTS5 search: bm25 ranks at most <see cref="MaxCandidates"/> matching paragraphs (so a word found in half the library
/// still answers in milliseconds), then snippets are cut for the top few only, one indexed rowid lookup each.
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
        var parsed = ParsedQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return new SearchResult(query ?? string.Empty, null, [], parsed.Problem);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        var match = SearchQuery.Match(parsed.Terms, known: null, anyTerm: false);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            // The same stages as FindPassageAsync: every term as typed, then unknown words completed, then any word.
            var matchedAll = true;
            var seesAll = await SeesEveryStoryAsync(connection, cancellationToken).ConfigureAwait(false);
            List<(int Id, double Score)> ranked = await RankAsync(connection, match, limit, storyId, seesAll, cancellationToken).ConfigureAwait(false);
            if (ranked.Count == 0)
            {
                var known = await KnownWordsAsync(connection, parsed, seesAll, cancellationToken).ConfigureAwait(false);
                foreach (var (fallback, all) in FallbackMatches(parsed, known))
                {
                    ranked = await RankAsync(connection, fallback, limit, storyId, seesAll, cancellationToken).ConfigureAwait(false);
                    if (ranked.Count > 0)
                    {
                        (match, matchedAll) = (fallback, all);
                        break;
                    }
                }
            }

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

            return new SearchResult(query!, match, hits) { Searched = parsed.Describe(), MatchedAll = matchedAll };
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
        var parsed = ParsedQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            // Every term as typed first. A word the library knows is then taken as typed and only the others ("Rasen") are
            // completed as prefixes: without a prefix index a common word's prefix ("the"*) merges the doclists of
            // every word it starts, tens of milliseconds of CPU on a 100 MB archive (see docs/performance.md).
            if (await FindPassageAsync(connection, SearchQuery.Match(parsed.Terms, known: null, anyTerm: false), scope, cancellationToken).ConfigureAwait(false) is { } whole)
            {
                return whole;
            }

            var seesAll = await SeesEveryStoryAsync(connection, cancellationToken).ConfigureAwait(false);
            var known = await KnownWordsAsync(connection, parsed, seesAll, cancellationToken).ConfigureAwait(false);
            foreach (var (match, all) in FallbackMatches(parsed, known))
            {
                if (await FindPassageAsync(connection, match, scope, cancellationToken).ConfigureAwait(false) is { } hit)
                {
                    return hit with { MatchedAll = all };
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
    /// After every term as typed found nothing: every term with unknown words completed as prefixes (when some one-word
    /// term is unknown), then any single word of the query (when it has several words or a phrase) — a partial match.
    /// </summary>
    internal static IEnumerable<(string Match, bool MatchedAll)> FallbackMatches(ParsedQuery query, IReadOnlySet<string> known)
    {
        if (query.Terms.Any(term => !term.IsPhrase && !term.Prefix && !known.Contains(term.Words[0].ToLowerInvariant())))
        {
            yield return (SearchQuery.Match(query.Terms, known, anyTerm: false), true);
        }

        if (query.CanLoosen)
        {
            yield return (SearchQuery.Match(query.AllWords, known, anyTerm: true), false);
        }
    }

    /// <summary>The one-word terms' words that some paragraph has as a whole word.</summary>
    private async Task<HashSet<string>> KnownWordsAsync(SqliteConnection connection, ParsedQuery query, bool seesAll, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in query.AllWords.Where(term => !term.Prefix).Select(term => term.Words[0].ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            if (await IsIndexedAsync(connection, word, seesAll, cancellationToken).ConfigureAwait(false))
            {
                known.Add(word);
            }
        }

        return known;
    }

    /// <summary>True when some paragraph the viewer may see (the context's library scope) has <paramref name="term"/> as a whole word.</summary>
    private async Task<bool> IsIndexedAsync(SqliteConnection connection, string term, bool seesAll, CancellationToken cancellationToken)
    {
        LibraryScope library = db.Library;
        await using var command = connection.CreateCommand();
        command.CommandText = seesAll
            ? "SELECT 1 FROM ParagraphSearch WHERE ParagraphSearch MATCH $match LIMIT 1"
            : "SELECT 1 FROM ParagraphSearch s CROSS JOIN Paragraphs p ON p.Id = s.rowid JOIN Chapters c ON c.Id = p.ChapterId " +
              $"JOIN Stories st ON st.Id = c.StoryId WHERE ParagraphSearch MATCH $match AND {LibrarySql.Visible("st")} LIMIT 1";
        command.Parameters.AddWithValue("$match", SearchQuery.BuildWhole([term]));
        LibrarySql.Bind(command, library);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private async Task<PassageHit?> FindPassageAsync(SqliteConnection connection, string match, SearchScope scope, CancellationToken cancellationToken)
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
        LibrarySql.Bind(command, db.Library);
        if (!scope.PickRandom)
        {
            command.Parameters.AddWithValue("$cap", MaxCandidates);
        }

        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new PassageHit(reader.GetInt32(0), reader.GetInt32(1))
            : null;
    }

    /// <summary>
    /// True when the viewer's scope sees every story in the store (the operator's scope, or a store with no story the
    /// scope hides — e.g. the shared library alone). The library predicate then holds for every paragraph, so ranking
    /// can skip the paragraph → chapter → story join (three lookups per ranked candidate, about half the CPU of a
    /// common word's search on a 100 MB archive) with exactly the same hits. One scan of the small Stories table.
    /// </summary>
    private async Task<bool> SeesEveryStoryAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        LibraryScope library = db.Library;
        if (library.Everything)
        {
            return true;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT NOT EXISTS (SELECT 1 FROM Stories st WHERE ({LibrarySql.Visible("st")}) IS NOT 1)";
        LibrarySql.Bind(command, library);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
    }

    private async Task<List<(int Id, double Score)>> RankAsync(
        SqliteConnection connection, string match, int limit, int? storyId, bool seesAll, CancellationToken cancellationToken)
    {
        LibraryScope library = db.Library;
        await using var command = connection.CreateCommand();
        command.CommandText = storyId is null && seesAll
            ? "SELECT id, score FROM (SELECT s.rowid AS id, bm25(ParagraphSearch) AS score FROM ParagraphSearch s " +
              "WHERE ParagraphSearch MATCH $match LIMIT $cap) ORDER BY score, id LIMIT $limit"
            : "SELECT id, score FROM (SELECT s.rowid AS id, bm25(ParagraphSearch) AS score FROM ParagraphSearch s " +
              "CROSS JOIN Paragraphs p ON p.Id = s.rowid JOIN Chapters c ON c.Id = p.ChapterId JOIN Stories st ON st.Id = c.StoryId " +
              $"WHERE ParagraphSearch MATCH $match AND ($story IS NULL OR c.StoryId = $story) AND {LibrarySql.Visible("st")} LIMIT $cap) " +
              "ORDER BY score, id LIMIT $limit";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$cap", MaxCandidates);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$story", (object?)storyId ?? DBNull.Value);
        LibrarySql.Bind(command, library);

        var ranked = new List<(int, double)>(limit);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ranked.Add((reader.GetInt32(0), reader.GetDouble(1)));
        }

        return ranked;
    }
}
