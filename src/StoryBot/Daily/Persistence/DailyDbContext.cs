using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StoryBot.Daily.Persistence;

/// <summary>
/// Daily's own tables in the stories database (same connection string, own migrations history table
/// <see cref="MigrationsHistoryTable"/>), so its schema never conflicts with the stories schema.
/// </summary>
public class DailyDbContext : DbContext
{
    public DailyDbContext(DbContextOptions<DailyDbContext> options)
        : base(options)
    {
    }

    /// <summary>For <see cref="Postgres.PostgresDailyDbContext"/> (own options type, own model and migrations).</summary>
    protected DailyDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public const string MigrationsHistoryTable = "__DailyMigrationsHistory";

    public DbSet<DailySchedule> Schedules => Set<DailySchedule>();

    public DbSet<DailyPost> Posts => Set<DailyPost>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Snowflakes are stored bit-for-bit as SQLite's signed 64-bit INTEGER.
        var snowflake = new ValueConverter<ulong, long>(v => (long)v, v => (ulong)v);
        var optionalSnowflake = new ValueConverter<ulong?, long?>(v => (long?)v, v => (ulong?)v);

        modelBuilder.Entity<DailySchedule>(e =>
        {
            e.ToTable("DailySchedules");
            e.HasKey(s => s.GuildId);
            e.Property(s => s.GuildId).HasConversion(snowflake).ValueGeneratedNever();
            e.Property(s => s.ChannelId).HasConversion(snowflake);
            e.Property(s => s.RoleId).HasConversion(optionalSnowflake);
            e.Property(s => s.UpdatedBy).HasConversion(snowflake);
            e.Property(s => s.LocalTime).HasMaxLength(5).IsRequired();
            e.Property(s => s.TimeZone).HasMaxLength(64).IsRequired();
            e.Property(s => s.PausedReason).HasMaxLength(500);
        });

        modelBuilder.Entity<DailyPost>(e =>
        {
            e.ToTable("DailyPosts");
            e.HasKey(p => new { p.GuildId, p.LocalDate });
            e.Property(p => p.GuildId).HasConversion(snowflake).ValueGeneratedNever();
            e.Property(p => p.ChannelId).HasConversion(snowflake);
            e.Property(p => p.MessageId).HasConversion(optionalSnowflake);
            e.Property(p => p.LocalDate).HasMaxLength(10).IsRequired();
            e.Property(p => p.Nonce).HasMaxLength(25).IsRequired();
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
            e.Property(p => p.Detail).HasMaxLength(500);
            e.Property(p => p.ChapterKey).HasMaxLength(220).IsRequired();
            e.HasIndex(p => new { p.GuildId, p.Cycle });
        });
    }
}
