using Microsoft.Data.Sqlite;

namespace StoryBot.Data.Tests;

public class SqliteRuntimeTests
{
    [Fact]
    public void Open_InMemory_HasFts5()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('a Rasengan spins'); SELECT count(*) FROM t WHERE t MATCH 'rasengan';";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
        command.CommandText = "SELECT sqlite_version();";
        Assert.StartsWith("3.", (string)command.ExecuteScalar()!);
    }
}
