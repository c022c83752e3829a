using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Storage;

/// <summary>One place that turns a connection string into context options (DI, tests and the CLI share it).</summary>
public static class StoryDbContextOptions
{
    public static DbContextOptionsBuilder UseStoryDatabase(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    public static DbContextOptions<StoryDbContext> Create(string connectionString) =>
        (DbContextOptions<StoryDbContext>)new DbContextOptionsBuilder<StoryDbContext>().UseStoryDatabase(connectionString).Options;
}
