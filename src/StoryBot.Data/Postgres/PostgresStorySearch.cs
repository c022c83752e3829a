using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StoryBot.Data.Search;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Search on PostgreSQL, the same behaviour as the FTS5 search (<see cref="StorySearch"/>): the generated
/// <c>Paragraphs."SearchVector"</c> column (GIN index) matched with <c>to_tsquery</c> in the <c>storybot_search</c>
/// configuration, at most <see cref="StorySearch.MaxCandidates"/> matches ranked by <c>ts_rank</c> (length-normalised,
/// like bm25), <c>ts_headline</c> for the top hits only. Whole words before prefixes; any input gets an answer.
/// </summary>
public sealed class PostgresStorySearch(StoryDbContext db) : IStorySearch
{
    private const char Open = '\u0002';
    private const char Close = '\u0003';
    private const string Config = PostgresStoryModel.SearchConfiguration;
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=40, MinWords=15, ShortWord=1, MaxFragments=1, FragmentDelimiter=\" … \"";

    public async Task<SearchResult> SearchAsync(string query, int limit, int? storyId, CancellationToken cancellationToken)
    {
        var (match, message) = SearchQuery.Build(query);
        string? tsquery = PostgresQuery.Build(query);
        if (match is null || tsquery is null)
        {
            return new SearchResult(query ?? string.Empty, null, [], message ?? "There are no words to search for in that; try letters or numbers.");
        }

        limit = Math.Clamp(limit, 1, StorySearch.MaxLimit);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var command = new NpgsqlCommand(
                $"""
                WITH q AS (SELECT to_tsquery('{Config}', $1) AS q),
                candidates AS (
                    SELECT p."Id", p."ChapterId", p."Index", p."Text", ts_rank(p."SearchVector", q.q, 1) AS rank
                    FROM "Paragraphs" p, q
                    WHERE p."SearchVector" @@ q.q AND ($2::integer IS NULL OR p."ChapterId" IN (SELECT "Id" FROM "Chapters" WHERE "StoryId" = $2))
                    LIMIT $3),
                top AS (SELECT * FROM candidates ORDER BY rank DESC, "Id" LIMIT $4)
                SELECT t."Id", ts_headline('{Config}', t."Text", q.q, $5), t."ChapterId", t."Index", c."Number", c."Title", s."Id", s."Title", s."Slug", t.rank, t."Text"
                FROM top t CROSS JOIN q JOIN "Chapters" c ON c."Id" = t."ChapterId" JOIN "Stories" s ON s."Id" = c."StoryId"
                ORDER BY t.rank DESC, t."Id"
                """,
                connection);
            command.Parameters.Add(new NpgsqlParameter { Value = tsquery });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)storyId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = StorySearch.MaxCandidates });
            command.Parameters.Add(new NpgsqlParameter { Value = limit });
            command.Parameters.Add(new NpgsqlParameter { Value = HeadlineOptions });
            var hits = new List<SearchHit>(limit);
            await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (snippet, ranges) = SearchHighlighter.Parse(WithEllipses(reader.GetString(1), reader.GetString(10)), Open, Close);
                hits.Add(new SearchHit(reader.GetInt32(0), reader.GetInt32(6), reader.GetString(7), reader.GetString(8), reader.GetInt32(2),
                    reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(3), snippet, ranges, -reader.GetFloat(9)));
            }

            return new SearchResult(query!, tsquery, hits);
        }
        catch (PostgresException ex) when (ex.SqlState.StartsWith("42", StringComparison.Ordinal) || ex.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            // PostgresQuery quotes every word, so this should not happen; a user still gets an answer, not an error.
            return new SearchResult(query!, tsquery, [], string.Create(CultureInfo.InvariantCulture, $"That search could not be run ({ex.MessageText})."));
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
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (await FindPassageAsync(connection, PostgresQuery.Whole(terms), scope, cancellationToken).ConfigureAwait(false) is { } whole)
            {
                return whole;
            }

            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (string term in terms)
            {
                if (await IsIndexedAsync(connection, term, cancellationToken).ConfigureAwait(false))
                {
                    known.Add(term);
                }
            }

            if (terms.Any(term => !known.Contains(term))
                && await FindPassageAsync(connection, PostgresQuery.Completing(terms, known, anyTerm: false), scope, cancellationToken).ConfigureAwait(false) is { } completed)
            {
                return completed;
            }

            return terms.Count > 1
                ? await FindPassageAsync(connection, PostgresQuery.Completing(terms, known, anyTerm: true), scope, cancellationToken).ConfigureAwait(false)
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

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

    private static async Task<bool> IsIndexedAsync(NpgsqlConnection connection, string term, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT 1 FROM \"Paragraphs\" WHERE \"SearchVector\" @@ to_tsquery('{Config}', $1) LIMIT 1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = PostgresQuery.Lexeme(term) });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static async Task<PassageHit?> FindPassageAsync(NpgsqlConnection connection, string tsquery, SearchScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT "ChapterId", "Index" FROM (
                SELECT p."ChapterId", p."Index", {(scope.PickRandom ? "random()" : "-ts_rank(p.\"SearchVector\", q.q, 1)")} AS score
                FROM "Paragraphs" p
                CROSS JOIN (SELECT to_tsquery('{Config}', $1) AS q) q
                JOIN "Chapters" c ON c."Id" = p."ChapterId"
                JOIN "Stories" s ON s."Id" = c."StoryId"
                WHERE p."SearchVector" @@ q.q
                  AND ($2::integer IS NULL OR c."StoryId" = $2)
                  AND ($3::integer IS NULL OR p."ChapterId" = $3)
                  AND ($4 OR s."Rating" < 3)
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
        if (!scope.PickRandom)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = StorySearch.MaxCandidates });
        }

        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new PassageHit(reader.GetInt32(0), reader.GetInt32(1))
            : null;
    }
}
