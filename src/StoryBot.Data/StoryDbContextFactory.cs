using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StoryBot.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without the host (migrations only).</summary>
internal sealed class StoryDbContextFactory : IDesignTimeDbContextFactory<StoryDbContext>
{
    public StoryDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<StoryDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new StoryDbContext(options);
    }
}
