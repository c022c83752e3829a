using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StoryBot.Data.Libraries;
using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Search on PostgreSQL, the same behaviour as the FTS5 search (<see cref="StorySearch"/>): the generated
/// <c>Paragraphs."SearchVector"</c> column (GIN index) matched with <c>to_tsquery</c> in the <c>storybot_search</c>
/// configuration, the first <see cref="StorySearch.MaxCandidates"/> matches by paragraph id (as FTS5 by rowid) ranked by
/// <c>ts_rank</c> (length-normalised, like bm25), <c>ts_headline</c> for the top hits only. Whole words before prefixes;
/// any input gets an answer. A query of common words reads its candidates block by block (<see cref="PostgresSearchBlocks"/>).
/// </summary>
public sealed partial class PostgresStorySearch(StoryDbContext db, TimeProvider? time = null) : IStorySearch
{
    private readonly IReadOnlySet<string>? commonWords;

    /// <summary>Tests: <paramref name="commonWords"/> instead of the planner's (<see cref="PostgresCommonWords"/>).</summary>
    internal PostgresStorySearch(StoryDbContext db, IReadOnlySet<string> commonWords)
        : this(db) => this.commonWords = commonWords;

    private const char Open = '\u0002';
    private const char Close = '\u0003';
    private const string Config = PostgresStoryModel.SearchConfiguration;
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=15, ShortWord=1, MaxFragments=1, FragmentDelimiter=\" … \"";

    public async Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken)
    {
        var parsed = ParsedQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return new SearchResult(query ?? string.Empty, null, [], parsed.Problem);
        }

        limit = Math.Clamp(limit, 1, StorySearch.MaxLimit);
        string match = PostgresQuery.Match(parsed.Terms, known: null, anyTerm: false);
        string[]? pairs = PostgresWordPairs.Query(parsed.Terms);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();

            // One round trip for BEGIN, the settings and the scope check; one per stage for ranking and snippets together.
            var (transaction, everyStory) = await PostgresSearchTransaction.BeginAsync(
                connection, db.Library.Everything ? null : SeesEveryStorySql(), cancellationToken).ConfigureAwait(false);
            await using NpgsqlTransaction _ = transaction;

            // The same stages as FindPassageAsync: every term as typed, then unknown words completed, then any word.
            bool matchedAll = true;
            bool seesAll = db.Library.Everything || everyStory is true;
            IReadOnlySet<string> common = commonWords
                ?? await PostgresCommonWords.GetAsync(connection, time ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
            List<SearchHit> hits = await RankAsync(
                connection, match, pairs, PostgresSearchBlocks.Suits(parsed.Terms, null, anyTerm: false, common), limit, storyId, seesAll, cancellationToken).ConfigureAwait(false);
            if (hits.Count == 0)
            {
                var known = await PostgresKnownWords.FindAsync(connection, parsed, cancellationToken).ConfigureAwait(false);
                foreach (var (fallback, all, terms, anyTerm) in FallbackMatches(parsed, known))
                {
                    bool blocked = PostgresSearchBlocks.Suits(terms, known, anyTerm, common);
                    hits = await RankAsync(connection, fallback, all ? pairs : null, blocked, limit, storyId, seesAll, cancellationToken).ConfigureAwait(false);
                    if (hits.Count > 0)
                    {
                        (match, matchedAll) = (fallback, all);
                        break;
                    }
                }
            }

            return new SearchResult(query!, match, hits) { Searched = parsed.Describe(), MatchedAll = matchedAll };
        }
        catch (PostgresException ex) when (ex.SqlState.StartsWith("42", StringComparison.Ordinal) || ex.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            // PostgresQuery quotes every word, so this should not happen; a user still gets an answer, not an error.
            return new SearchResult(query!, match, [], string.Create(CultureInfo.InvariantCulture, $"That search could not be run ({ex.MessageText})."));
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
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using NpgsqlTransaction transaction = await PostgresSearchTransaction.BeginAsync(connection, cancellationToken).ConfigureAwait(false);
            string[]? pairs = PostgresWordPairs.Query(parsed.Terms);
            if (await FindPassageAsync(connection, PostgresQuery.Match(parsed.Terms, known: null, anyTerm: false), pairs, scope, cancellationToken).ConfigureAwait(false) is { } whole)
            {
                return whole;
            }

            var known = await PostgresKnownWords.FindAsync(connection, parsed, cancellationToken).ConfigureAwait(false);
            foreach (var (match, all, _, _) in FallbackMatches(parsed, known))
            {
                if (await FindPassageAsync(connection, match, all ? pairs : null, scope, cancellationToken).ConfigureAwait(false) is { } hit)
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
    /// The same fallbacks as <see cref="StorySearch.FallbackMatches"/>, as tsquery text. A fallback that matched all
    /// terms keeps the query's phrases (and so its word pairs); the any-word fallback has no phrase. With each: its terms
    /// and whether they are joined by OR (how <see cref="PostgresSearchBlocks.Suits"/> chooses the candidates' reading).
    /// </summary>
    internal static IEnumerable<(string Match, bool MatchedAll, IReadOnlyList<SearchTerm> Terms, bool AnyTerm)> FallbackMatches(ParsedQuery query, IReadOnlySet<string> known)
    {
        if (query.Terms.Any(term => !term.IsPhrase && !term.Prefix && !known.Contains(term.Words[0].ToLowerInvariant())))
        {
            yield return (PostgresQuery.Match(query.Terms, known, anyTerm: false), true, query.Terms, false);
        }

        if (query.CanLoosen)
        {
            yield return (PostgresQuery.Match(query.AllWords, known, anyTerm: true), false, query.AllWords, true);
        }
    }

    /// <summary>
    /// True when the viewer's scope sees every story in the store (see <see cref="StorySearch"/>): the library predicate
    /// then holds for every paragraph and ranking skips it, with the same hits.
    /// </summary>
    private string SeesEveryStorySql() =>
        $"SELECT NOT EXISTS (SELECT 1 FROM \"Stories\" vs WHERE NOT coalesce({LibrarySql.VisibleQuoted("vs", db.Library)}, FALSE))";

    /// <summary>
    /// The first <see cref="StorySearch.MaxCandidates"/> matches by paragraph id ranked by <c>ts_rank</c>, and in the same
    /// statement the snippets (<c>ts_headline</c>), chapter and story of the top <paramref name="limit"/> only, in rank
    /// order. <paramref name="blocked"/>: the candidates are read block by block (<see cref="PostgresSearchBlocks"/>),
    /// else in one index lookup; the same candidates either way.
    /// </summary>
    private async Task<List<SearchHit>> RankAsync(
        NpgsqlConnection connection, string match, string[]? pairs, bool blocked, int limit, int? storyId, bool seesAll, CancellationToken cancellationToken)
    {
        string visible = seesAll
            ? "TRUE"
            : $"p.\"ChapterId\" IN (SELECT vc.\"Id\" FROM \"Chapters\" vc JOIN \"Stories\" vs ON vs.\"Id\" = vc.\"StoryId\" WHERE {LibrarySql.VisibleQuoted("vs", db.Library)})";
        string inScope =
            $"""
            {Matches("p", pairs, "$6")} AND ($2::integer IS NULL OR p."ChapterId" IN (SELECT "Id" FROM "Chapters" WHERE "StoryId" = $2))
                      AND {visible}
            """;

        // Blocked: a nested loop over the blocks in order, each block's matches in id order, stopped by the LIMIT. Else all
        // matches from the index, sorted: "Id" + 0 keeps the planner from walking the primary key in id order and testing
        // each row, which it picked for a phrase whose pairs it cannot estimate ("cant die": 20 ms against ~1 ms) and for
        // 'cant':* | 'die' (21,000 rows read, 40–86 ms). Only a prefix of one to three letters keeps that choice open: it
        // can complete to most of the library's words, whose matches the sort would all read.
        string candidates = blocked
            ? $"""
              SELECT x."Id", x.v FROM (SELECT to_tsquery('{Config}', $1) AS q) q
              CROSS JOIN generate_series(0, (SELECT max("Id") >> {PostgresSearchBlocks.Shift} FROM "Paragraphs")) b
              CROSS JOIN LATERAL (
                  SELECT p."Id", p."SearchVector" AS v FROM "Paragraphs" p
                  WHERE {PostgresSearchBlocks.Expression("p")} = b AND {inScope}
                  ORDER BY p."Id" LIMIT $3) x
              LIMIT $3
              """
            : $"""
              SELECT p."Id", p."SearchVector" AS v FROM "Paragraphs" p CROSS JOIN (SELECT to_tsquery('{Config}', $1) AS q) q
              WHERE {inScope}
              ORDER BY p."Id"{(ShortPrefix().IsMatch(match) ? string.Empty : " + 0")} LIMIT $3
              """;
        await using var command = new NpgsqlCommand(
            $"""
            SELECT r."Id", r.rank, ts_headline('{Config}', p."Text", to_tsquery('{Config}', $1), $5), p."ChapterId", p."Index", c."Number", c."Title",
                   s."Id", s."Title", s."Slug", p."Text"
            FROM (
                SELECT "Id", ts_rank(v, to_tsquery('{Config}', $1), 1) AS rank FROM (
                    {candidates}) candidates
                ORDER BY rank DESC, "Id"
                LIMIT $4) r
            JOIN "Paragraphs" p ON p."Id" = r."Id" JOIN "Chapters" c ON c."Id" = p."ChapterId" JOIN "Stories" s ON s."Id" = c."StoryId"
            ORDER BY r.rank DESC, r."Id"
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = match });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)storyId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = StorySearch.MaxCandidates });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = HeadlineOptions });
        if (pairs is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = pairs });
        }
        var hits = new List<SearchHit>(limit);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // bm25 on SQLite is "lower is better"; the score keeps that sense.
            var (snippet, ranges) = SearchHighlighter.Parse(WithEllipses(reader.GetString(2), reader.GetString(10)), Open, Close);
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetInt32(7), reader.GetString(8), reader.GetString(9), reader.GetInt32(3),
                reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt32(4), snippet, ranges, -reader.GetFloat(1)));
        }

        return hits;
    }

    /// <summary>
    /// The match condition: the tsquery, or — when the query has a phrase the word pairs can narrow — the pairs through
    /// their index (<see cref="PostgresWordPairs"/>, hashed: <see cref="PostgresPairHashes"/>) and the tsquery checked on each candidate (<c>ts_match_vq</c> is
    /// <c>@@</c> without the word index, which would otherwise re-read every paragraph holding the phrase's words).
    /// Same rows in the same (physical) order either way.
    /// </summary>
    private static string Matches(string alias, string[]? pairs, string pairsParameter) => pairs is null
        ? $"{alias}.\"SearchVector\" @@ q.q"
        : $"{PostgresPairHashes.Contains(alias, pairsParameter)} AND ts_match_vq({alias}.\"SearchVector\", q.q)";

    /// <summary>A prefix lexeme of one to three characters in tsquery text (<c>'th':*</c>).</summary>
    [GeneratedRegex("'[^']{1,3}':\\*", RegexOptions.CultureInvariant)]
    private static partial Regex ShortPrefix();

    /// <summary>ts_headline returns the fragment only; mark where it was cut with "…" as FTS5's snippet() does.</summary>
    internal static string WithEllipses(string headline, string text)
    {
        string plain = headline.Replace(Open.ToString(), string.Empty, StringComparison.Ordinal).Replace(Close.ToString(), string.Empty, StringComparison.Ordinal);
        string result = headline;
        if (!text.StartsWith(plain.TrimStart(), StringComparison.Ordinal))
        {
            result = "…" + result;
        }

        if (!text.EndsWith(plain.TrimEnd(), StringComparison.Ordinal))
        {
            result += "…";
        }

        return result;
    }

    private async Task<PassageHit?> FindPassageAsync(NpgsqlConnection connection, string tsquery, string[]? pairs, SearchScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT "ChapterId", "Index" FROM (
                SELECT p."ChapterId", p."Index", {(scope.PickRandom ? "random()" : "-ts_rank(p.\"SearchVector\", q.q, 1)")} AS score
                FROM "Paragraphs" p
                CROSS JOIN (SELECT to_tsquery('{Config}', $1) AS q) q
                JOIN "Chapters" c ON c."Id" = p."ChapterId"
                JOIN "Stories" s ON s."Id" = c."StoryId"
                WHERE {Matches("p", pairs, "$8")}
                  AND ($2::integer IS NULL OR c."StoryId" = $2)
                  AND ($3::integer IS NULL OR p."ChapterId" = $3)
                  AND ($4 OR s."Rating" < 3)
                  AND {LibrarySql.VisibleQuoted("s", db.Library)}
                  AND ($5::integer IS NULL OR EXISTS (SELECT 1 FROM "DialogueLines" d WHERE d."ParagraphId" = p."Id" AND d."SpeakerId" = $5))
                  AND (NOT $6 OR strpos(p."Text", '"') > 0 OR strpos(p."Text", '“') > 0)
                {(scope.PickRandom ? string.Empty : "LIMIT $7")}) ranked
            ORDER BY score
            LIMIT 1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tsquery });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)scope.StoryId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)scope.ChapterId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = scope.IncludeMature });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)scope.SpeakerId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = scope.DialogueOnly });
        // $7 is the cap (unused by a random pick); $8 the word pairs, when there are.
        command.Parameters.Add(new NpgsqlParameter { Value = StorySearch.MaxCandidates });
        if (pairs is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = pairs });
        }

        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new PassageHit(reader.GetInt32(0), reader.GetInt32(1))
            : null;
    }
}
