using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StoryBot.Trivia.Persistence;

/// <summary>Lets <c>dotnet ef</c> build <see cref="TriviaDbContext"/> without the host (migrations only).</summary>
internal sealed class TriviaDbContextFactory : IDesignTimeDbContextFactory<TriviaDbContext>
{
    public TriviaDbContext CreateDbContext(string[] args) =>
        new(TriviaDatabase.Configure(new DbContextOptionsBuilder<TriviaDbContext>(), "Data Source=design-time.db").Options);
}
