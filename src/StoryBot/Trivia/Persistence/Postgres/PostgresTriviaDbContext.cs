using Microsoft.EntityFrameworkCore;

namespace StoryBot.Trivia.Persistence.Postgres;

/// <summary>Trivia's tables on PostgreSQL: the same model as <see cref="TriviaDbContext"/>, its own migrations (<c>Postgres/Migrations</c>).</summary>
public sealed class PostgresTriviaDbContext(DbContextOptions<PostgresTriviaDbContext> options) : TriviaDbContext(options);
