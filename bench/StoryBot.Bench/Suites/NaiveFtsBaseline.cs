using Microsoft.Data.Sqlite;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The import's database baseline: the same paragraphs inserted into a bare FTS5 table (default tokenizer, no other
/// tables, no triggers) in one transaction with one prepared statement, into a fresh file. No parsing, attribution or
/// metadata — the floor a real store has to beat by being smart, not by doing less.
/// </summary>
public static class NaiveFtsBaseline
{
    public static (TimeSpan Wall, TimeSpan Cpu) Run(IReadOnlyList<string> paragraphs, string databaseFile)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        foreach (string file in new[] { databaseFile, databaseFile + "-journal", databaseFile + "-wal", databaseFile + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var clock = CpuClock.Start();
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE Bare USING fts5(Text);";
            create.ExecuteNonQuery();
        }

        using (SqliteTransaction transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Bare(Text) VALUES ($text)";
            SqliteParameter text = insert.Parameters.Add("$text", SqliteType.Text);
            insert.Prepare();
            foreach (string paragraph in paragraphs)
            {
                text.Value = paragraph;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return (clock.Wall, clock.CpuUsed);
    }
}
