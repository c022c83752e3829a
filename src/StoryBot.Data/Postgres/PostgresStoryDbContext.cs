using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Postgres;

/// <summary>
/// The story model on PostgreSQL: the same entities as <see cref="StoryDbContext"/>, plus a generated <c>tsvector</c>
/// column with a GIN index on <c>Paragraphs</c>, and without SQLite's NOCASE collations (case-insensitive matching is
/// done by <see cref="CaseInsensitiveLikeTranslator"/>). Owns the migrations in <c>Postgres/Migrations</c>.
/// </summary>
public sealed class PostgresStoryDbContext(DbContextOptions<PostgresStoryDbContext> options) : StoryDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        PostgresStoryModel.Apply(modelBuilder);
    }
}
