using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data;
using StoryBot.Data.Hosting;

namespace StoryBot.Daily.Persistence;

/// <summary>How the Daily context talks to SQLite: the stories connection string, its own history table.</summary>
public static class DailyDatabase
{
    /// <summary>The connection string name shared with the stories database.</summary>
    public const string ConnectionStringName = "Stories";

    /// <summary>
    /// The stories database's connection string exactly as the story store resolved it (so both contexts always open
    /// the same file); without a story store, <c>ConnectionStrings:Stories</c> resolved the way the store would.
    /// </summary>
    public static string ConnectionString(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (provider.GetService<StoryDbContext>()?.Database.GetConnectionString() is { Length: > 0 } shared)
        {
            return shared;
        }

        var configuration = provider.GetRequiredService<IConfiguration>();
        var contentRoot = configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
        return StoryDataServiceCollectionExtensions.ResolveConnectionString(configuration.GetConnectionString(ConnectionStringName), contentRoot);
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(connectionString, sqlite => sqlite
            .MigrationsHistoryTable(DailyDbContext.MigrationsHistoryTable)
            .MigrationsAssembly(typeof(DailyDbContext).Assembly.GetName().Name));
    }
}
