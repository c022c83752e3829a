using Npgsql;
using StoryBot.Data.Storage;
using StoryBot.Testing;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Observability;

/// <summary>
/// PostgreSQL: the test's own database stops accepting connections (<c>ALLOW_CONNECTIONS false</c>) and the bot's open
/// ones are terminated, as when the server restarts or the network goes; then it accepts them again. The shared test
/// server and every other database on it are untouched.
/// </summary>
public sealed class StoreHealthPostgresTests : StoreHealthTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task TakeDownAsync(TestLibrary library)
    {
        var database = Quoted(library);
        await ExecuteAsync($"ALTER DATABASE {database} ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name(library)}' AND pid <> pg_backend_pid()");
    }

    protected override Task BringBackAsync(TestLibrary library) =>
        ExecuteAsync($"ALTER DATABASE {Quoted(library)} ALLOW_CONNECTIONS true");

    /// <summary>The library's database name (made by the tests: <c>storybot_t_</c> and hex digits, safe to quote).</summary>
    private static string Name(TestLibrary library) => new NpgsqlConnectionStringBuilder(library.ConnectionString).Database!;

    private static string Quoted(TestLibrary library) => "\"" + Name(library) + "\"";

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresTestServer.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
