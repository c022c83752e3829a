using Npgsql;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// One store the import and search suites run on: SQLite files under the work folder, or databases the bench creates
/// (and drops) on a PostgreSQL server, named <c>storybot_bench_&lt;pid&gt;_&lt;label&gt;</c> so runs never meet.
/// </summary>
public sealed class BenchStore(DatabaseProvider provider, string workFolder, string? server)
{
    public DatabaseProvider Provider { get; } = provider;

    public string Name => Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The connection string of the store called <paramref name="label"/> (a file, or a database on the server).</summary>
    public string ConnectionString(string label) => IsPostgres
        ? new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(label), Pooling = true }.ToString()
        : $"Data Source={FilePath(label)}";

    public string FilePath(string label) => Path.Combine(workFolder, $"{label}.db");

    /// <summary>Makes the store called <paramref name="label"/> empty: deletes the SQLite files, or drops and creates the database.</summary>
    public async Task ResetAsync(string label, CancellationToken cancellationToken)
    {
        if (!IsPostgres)
        {
            DeleteFiles(FilePath(label));
            return;
        }

        await DropAsync(label, cancellationToken).ConfigureAwait(false);
        await ExecuteOnServerAsync($"CREATE DATABASE \"{DatabaseName(label)}\"", cancellationToken).ConfigureAwait(false);
    }

    public async Task DropAsync(string label, CancellationToken cancellationToken)
    {
        if (!IsPostgres)
        {
            DeleteFiles(FilePath(label));
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{DatabaseName(label)}\" WITH (FORCE)", cancellationToken).ConfigureAwait(false);
    }

    public static void DeleteFiles(string database)
    {
        foreach (string file in new[] { database, database + "-wal", database + "-shm", database + "-journal" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static string DatabaseName(string label) => $"storybot_bench_{Environment.ProcessId}_{label.Replace('-', '_')}";

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
