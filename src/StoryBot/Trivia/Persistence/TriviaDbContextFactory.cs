using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StoryBot.Trivia.Persistence;

/// <summary>Lets <c>dotnet ef</c> build <see cref="TriviaDbContext"/> without the host (migrations only).</summary>
internal sealed class TriviaDbContextFactory : IDesignTimeDbContextFactory<TriviaDbContext>
{
    public TriviaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TriviaDbContext>();
        TriviaDatabase.Configure(builder, "Data Source=design-time.db");
        return new TriviaDbContext(builder.Options);
    }
}
