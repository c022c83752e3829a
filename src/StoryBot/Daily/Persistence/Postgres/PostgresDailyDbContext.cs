using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StoryBot.Daily.Persistence.Postgres;

/// <summary>
/// Daily's tables on PostgreSQL: the same model as <see cref="DailyDbContext"/>, its own migrations
/// (<c>Postgres/Migrations</c>). Npgsql stores <see cref="DateTimeOffset"/> as <c>timestamptz</c> and refuses a non-zero
/// offset, so every value is converted to UTC on the way in (the instant is kept; it reads back with offset zero).
/// </summary>
public sealed class PostgresDailyDbContext(DbContextOptions<PostgresDailyDbContext> options) : DailyDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
    }

    private sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        toStore => toStore.ToUniversalTime(),
        fromStore => fromStore);
}
