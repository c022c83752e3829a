using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Tests.Support;

internal sealed class TestContextFactory(string connectionString) : IDbContextFactory<StoryDbContext>
{
    public StoryDbContext CreateDbContext() => new(StoryDbContextOptions.Create(connectionString));
}
