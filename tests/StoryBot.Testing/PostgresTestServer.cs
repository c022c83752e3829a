using Npgsql;

namespace StoryBot.Testing;

/// <summary>
/// The PostgreSQL server the tests use: <c>STORYBOT_TEST_POSTGRES</c> (a connection string to a server where the user
/// may create databases; <c>.ci/postgres start</c> prints one). Each test store gets its own fresh database, cloned
/// from a migrated template (<see cref="CreateDatabaseAsync"/>), dropped when the store is disposed. In CI
/// (<c>CI=true</c> or <c>STORYBOT_REQUIRE_POSTGRES=1</c>) PostgreSQL tests never skip: a missing server fails them.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "STORYBOT_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal);

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>True when PostgreSQL tests must run (CI): they fail rather than skip without a server.</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("STORYBOT_REQUIRE_POSTGRES") == "1";

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? $"PostgreSQL tests skipped: no server ({Variable} is not set; run `eval \"$(.ci/postgres start)\"` first)"
        : null;

    /// <summary>
    /// A new, empty-but-migrated database: a copy of the template named <paramref name="template"/>, which
    /// <paramref name="migrate"/> builds (given its connection string) the first time it is asked for in this process.
    /// Returns the new database's connection string.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string template, Func<string, Task> migrate)
    {
        ArgumentNullException.ThrowIfNull(migrate);
        string server = ConnectionString ?? throw new InvalidOperationException(
            $"PostgreSQL tests must run here (CI) but {Variable} is not set: start a server with .ci/postgres start.");
        string name = "storybot_t_" + Guid.NewGuid().ToString("N")[..16];
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!Templates.TryGetValue(template, out string? templateName))
            {
                templateName = $"storybot_tpl_{template}_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
                await ExecuteAsync(server, $"CREATE DATABASE \"{templateName}\"").ConfigureAwait(false);
                string templateConnection = For(server, templateName);
                await migrate(templateConnection).ConfigureAwait(false);
                NpgsqlConnection.ClearAllPools();
                // The product's data sources (one per connection string, with their own pools) keep warm idle connections
                // to the template; a database with sessions cannot be a template, so end them (they are never used again).
                await ExecuteAsync(server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{templateName}' AND pid <> pg_backend_pid()").ConfigureAwait(false);
                Templates[template] = templateName;
            }

            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{templateName}\"").ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }

        return For(server, name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/> (its pooled connections first).</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        string server = ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set.");
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)").ConfigureAwait(false);
    }

    private static string For(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
