using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StoryBot.Data.Storage;

namespace StoryBot.Daily.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresDailyDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDailyDbContextFactory : IDesignTimeDbContextFactory<PostgresDailyDbContext>
{
    public PostgresDailyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresDailyDbContext>();
        builder.UseStore(new StoreConnection(DatabaseProvider.Postgres, "Host=localhost;Database=storybot_design"), DailyDbContext.MigrationsHistoryTable);
        return new PostgresDailyDbContext(builder.Options);
    }
}
