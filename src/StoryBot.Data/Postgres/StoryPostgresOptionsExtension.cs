using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace StoryBot.Data.Postgres;

/// <summary>
/// Adds StoryBot's PostgreSQL query translations (<see cref="CaseInsensitiveLikePlugin"/>) to a context's options, and
/// carries the context's <see cref="PostgresWarmDataSource"/> (so <c>StoryDatabase</c> can warm the pool after migrating).
/// </summary>
public sealed class StoryPostgresOptionsExtension(PostgresWarmDataSource? source = null) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    /// <summary>The data source the context's connections come from (null for options built without one).</summary>
    public PostgresWarmDataSource? Source { get; } = source;

    /// <summary>Adds the extension to <paramref name="builder"/> (every StoryBot context on PostgreSQL uses it).</summary>
    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder builder, PostgresWarmDataSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new StoryPostgresOptionsExtension(source));
        return builder;
    }

    public void ApplyServices(IServiceCollection services) =>
        services.AddScoped<IMethodCallTranslatorPlugin, CaseInsensitiveLikePlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "StoryBotPostgres ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["StoryBot:Postgres"] = "1";
    }
}
