using System.Diagnostics;
using Microsoft.Data.Sqlite;
using StoryBot.Bench.Measurement;
using StoryBot.Data.Search;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Where a search's time goes, on one open connection with the product's SQL: the bm25 ranking of at most N matches
/// (N = StorySearch.MaxCandidates, and 1,000 for comparison), and the bare index lookup of five matches without ranking.
/// </summary>
public static class SearchBreakdown
{
    public static IReadOnlyList<(string Name, Percentiles Wall, double CpuMs)> Run(string database, IReadOnlyList<string> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        string[] matches = [.. queries.Select(q => SearchQuery.Build(q).Match).OfType<string>()];
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        const string rank = "SELECT id, score FROM (SELECT s.rowid AS id, bm25(ParagraphSearch) AS score FROM ParagraphSearch s " +
            "WHERE ParagraphSearch MATCH $match LIMIT $cap) ORDER BY score, id LIMIT 5";
        return
        [
            Measure(connection, $"rank: bm25 over ≤ {StorySearch.MaxCandidates:N0} matches", rank, matches, StorySearch.MaxCandidates),
            Measure(connection, "rank: bm25 over ≤ 4,000 matches (for comparison)", rank, matches, 4000),
            Measure(connection, "lookup: first 5 matches, no ranking", "SELECT rowid FROM ParagraphSearch WHERE ParagraphSearch MATCH $match LIMIT 5 + 0 * $cap", matches, 0),
        ];
    }

    private static (string, Percentiles, double) Measure(SqliteConnection connection, string name, string sql, string[] matches, int cap)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        SqliteParameter match = command.Parameters.Add("$match", SqliteType.Text);
        command.Parameters.AddWithValue("$cap", cap);
        var samples = new List<double>(matches.Length);
        var clock = CpuClock.Start();
        foreach (string expression in matches)
        {
            match.Value = expression;
            long started = Stopwatch.GetTimestamp();
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
            }

            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (name, new Percentiles(samples), clock.CpuUsed.TotalMilliseconds / Math.Max(1, matches.Length));
    }
}
