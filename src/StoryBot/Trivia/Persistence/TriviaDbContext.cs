using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StoryBot.Trivia.Persistence;

/// <summary>
/// Trivia's own tables in the story database file: games, rounds (the recent-question history) and answers (the
/// source of every leaderboard and stat). Its migrations history lives in <see cref="MigrationsHistoryTable"/>, so
/// trivia's schema evolves independently of the story schema.
/// </summary>
public class TriviaDbContext : DbContext
{
    public TriviaDbContext(DbContextOptions<TriviaDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="Postgres.PostgresTriviaDbContext"/> (own options type, own model and migrations).</summary>
    protected TriviaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__TriviaMigrationsHistory";

    public DbSet<TriviaGameRecord> Games => Set<TriviaGameRecord>();

    public DbSet<TriviaRoundRecord> Rounds => Set<TriviaRoundRecord>();

    public DbSet<TriviaAnswerRecord> Answers => Set<TriviaAnswerRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Snowflakes fit in 63 bits; SQLite integers are signed. Times are UTC and read back as UTC.
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<TriviaGameRecord>(game =>
        {
            game.ToTable("TriviaGames");
            game.Property(g => g.StarterName).HasMaxLength(100);
            game.HasIndex(g => new { g.Status, g.ChannelId });
            game.HasMany(g => g.RoundRecords).WithOne(r => r.Game).HasForeignKey(r => r.GameId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TriviaRoundRecord>(round =>
        {
            round.ToTable("TriviaRounds");
            round.Property(r => r.QuestionKey).HasMaxLength(64);
            round.HasIndex(r => new { r.ChannelId, r.AskedAt });
            round.HasIndex(r => new { r.GameId, r.Number }).IsUnique();
            round.HasMany(r => r.Answers).WithOne(a => a.Round).HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TriviaAnswerRecord>(answer =>
        {
            answer.ToTable("TriviaAnswers");
            answer.Property(a => a.UserName).HasMaxLength(100);
            answer.HasIndex(a => new { a.GuildId, a.AnsweredAt });
            answer.HasIndex(a => new { a.GuildId, a.UserId });
            answer.HasIndex(a => new { a.RoundId, a.UserId }).IsUnique();
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}
