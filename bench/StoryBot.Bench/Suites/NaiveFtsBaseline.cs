using Microsoft.Data.Sqlite;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The SQLite import's floor: the same paragraphs inserted into a bare FTS5 table (default tokenizer, no other tables,
/// no triggers) in one transaction with one prepared statement. No parsing, attribution or metadata — the floor a real
/// store has to beat by being smart, not by doing less. <see cref="Create"/> starts a fresh file; each
/// <see cref="Insert"/> adds one corpus to it (the second one into a non-empty index, as the second import does).
/// </summary>
public static class NaiveFtsBaseline
{
    public static (TimeSpan Wall, TimeSpan Cpu) Run(IReadOnlyList<string> paragraphs, string databaseFile)
    {
        Create(databaseFile);
        return Insert(paragraphs, databaseFile);
    }

    public static void Create(string databaseFile)
    {
        BenchStore.DeleteFiles(databaseFile);
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE VIRTUAL TABLE Bare USING fts5(Text);";
        create.ExecuteNonQuery();
    }

    public static (TimeSpan Wall, TimeSpan Cpu) Insert(IReadOnlyList<string> paragraphs, string databaseFile)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var clock = CpuClock.Start();
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
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
