using Microsoft.EntityFrameworkCore;

namespace StoryBot.Daily.Persistence;

/// <summary>How the Daily context talks to SQLite: the stories connection string, its own history table.</summary>
public static class DailyDatabase
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsHistoryTable(DailyDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(DailyDbContext).Assembly.GetName().Name));
    }
}
