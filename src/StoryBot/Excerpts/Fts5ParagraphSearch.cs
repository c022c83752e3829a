using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data;

namespace StoryBot.Excerpts;

/// <summary>
/// Paragraph search on the FTS5 index (<c>ParagraphSearch</c>, unicode61 without diacritics), ranked by bm25.
/// Every word must match (as a prefix, so "train" finds "training"); if nothing does, any word may.
/// User text never reaches the MATCH syntax unquoted.
/// </summary>
public sealed class Fts5ParagraphSearch(StoryDbContext db) : IParagraphSearch
{
    private const string Sql =
        """
        SELECT p.ChapterId, p."Index"
        FROM ParagraphSearch
        JOIN Paragraphs p ON p.Id = ParagraphSearch.rowid
        JOIN Chapters c ON c.Id = p.ChapterId
        JOIN Stories s ON s.Id = c.StoryId
        WHERE ParagraphSearch MATCH $query
          AND ($story IS NULL OR c.StoryId = $story)
          AND ($chapter IS NULL OR p.ChapterId = $chapter)
          AND ($mature = 1 OR s.Rating < 3)
          AND ($speaker IS NULL OR EXISTS (SELECT 1 FROM DialogueLines d WHERE d.ParagraphId = p.Id AND d.SpeakerId = $speaker))
          AND ($dialogue = 0 OR instr(p.Text, '"') > 0 OR instr(p.Text, '“') > 0)
        ORDER BY CASE WHEN $random = 1 THEN random() ELSE bm25(ParagraphSearch) END
        LIMIT 1
        """;

    public async Task<ParagraphHit?> FindBestAsync(string query, SearchScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var terms = SearchHighlighter.Terms(query);
        if (terms.Count == 0)
        {
            return null;
        }

        var quoted = terms.Select(term => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*").ToList();
        return await RunAsync(string.Join(" AND ", quoted), scope, cancellationToken).ConfigureAwait(false)
            ?? (quoted.Count > 1 ? await RunAsync(string.Join(" OR ", quoted), scope, cancellationToken).ConfigureAwait(false) : null);
    }

    private async Task<ParagraphHit?> RunAsync(string match, SearchScope scope, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            Add(command, "$query", match);
            Add(command, "$story", scope.StoryId);
            Add(command, "$chapter", scope.ChapterId);
            Add(command, "$mature", scope.IncludeMature ? 1 : 0);
            Add(command, "$speaker", scope.SpeakerId);
            Add(command, "$dialogue", scope.DialogueOnly ? 1 : 0);
            Add(command, "$random", scope.PickRandom ? 1 : 0);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new ParagraphHit(reader.GetInt32(0), reader.GetInt32(1))
                : null;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
