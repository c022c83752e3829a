using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StoryBot.Daily.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context DailyDbContext</c> build the context without the host.</summary>
public sealed class DailyDbContextFactory : IDesignTimeDbContextFactory<DailyDbContext>
{
    public DailyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DailyDbContext>();
        DailyDatabase.Configure(options, "Data Source=storybot-design.db");
        return new DailyDbContext(options.Options);
    }
}
