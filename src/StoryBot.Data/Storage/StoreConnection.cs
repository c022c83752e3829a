using Microsoft.Extensions.Configuration;
using StoryBot.Data.Hosting;

namespace StoryBot.Data.Storage;

/// <summary>
/// The resolved store: provider and connection string, the one answer every context (stories, trivia, daily), the
/// importer and the CLI share. An invalid <c>Database:Provider</c> resolves to SQLite here; the validated
/// <see cref="DatabaseOptions"/> stops the host (or a CLI verb) before anything opens it.
/// </summary>
public sealed record StoreConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The connection string name shared by the stories, trivia and daily contexts.</summary>
    public const string ConnectionStringName = "Stories";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The store named by <paramref name="configuration"/>, relative paths under its <c>contentRoot</c> (else the working directory).</summary>
    public static StoreConnection From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return From(configuration, configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory());
    }

    /// <summary>
    /// <c>Database:Provider</c> and <c>ConnectionStrings:Stories</c>: for SQLite an empty string means <c>storybot.db</c>
    /// under <paramref name="contentRoot"/> (a relative file is taken relative to it); for PostgreSQL the string is used as is.
    /// </summary>
    public static StoreConnection From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        DatabaseOptions.TryParse(configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"], out DatabaseProvider provider);
        string? configured = configuration.GetConnectionString(ConnectionStringName);
        return provider == DatabaseProvider.Postgres
            ? new StoreConnection(provider, configured ?? string.Empty)
            : new StoreConnection(provider, StoryDataServiceCollectionExtensions.ResolveConnectionString(configured, contentRoot));
    }

    /// <summary>The connection string without its password, for logs and messages.</summary>
    public string Describe()
    {
        if (!IsPostgres)
        {
            return ConnectionString;
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Password = null };
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (unreadable connection string)";
        }
    }
}
