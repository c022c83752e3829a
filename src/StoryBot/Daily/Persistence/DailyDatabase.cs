using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace StoryBot.Daily.Persistence;

/// <summary>How the Daily context talks to SQLite: the stories connection string, its own history table.</summary>
public static class DailyDatabase
{
    /// <summary>The connection string name shared with the stories database.</summary>
    public const string ConnectionStringName = "Stories";

    /// <summary>Used when <c>ConnectionStrings:Stories</c> is empty.</summary>
    public const string DefaultConnectionString = "Data Source=storybot.db";

    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsHistoryTable(DailyDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(DailyDbContext).Assembly.GetName().Name));
    }
}
