using Microsoft.EntityFrameworkCore.Design;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresStoryDbContext</c> build the PostgreSQL model without a server
/// (adding a migration never connects).
/// </summary>
internal sealed class PostgresStoryDbContextFactory : IDesignTimeDbContextFactory<PostgresStoryDbContext>
{
    public PostgresStoryDbContext CreateDbContext(string[] args) =>
        (PostgresStoryDbContext)StoryDbContextOptions.CreateContext(
            new StoreConnection(DatabaseProvider.Postgres, "Host=localhost;Database=storybot_design"));
}
