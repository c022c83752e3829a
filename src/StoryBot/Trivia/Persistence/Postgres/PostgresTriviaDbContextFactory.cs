using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using StoryBot.Data.Storage;

namespace StoryBot.Trivia.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresTriviaDbContext</c> build the model without a server.</summary>
internal sealed class PostgresTriviaDbContextFactory : IDesignTimeDbContextFactory<PostgresTriviaDbContext>
{
    public PostgresTriviaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresTriviaDbContext>();
        builder.UseStore(new StoreConnection(DatabaseProvider.Postgres, "Host=localhost;Database=storybot_design"), TriviaDbContext.MigrationsHistoryTable);
        return new PostgresTriviaDbContext(builder.Options);
    }
}
