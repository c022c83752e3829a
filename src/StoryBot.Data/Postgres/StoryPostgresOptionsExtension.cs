using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;

namespace StoryBot.Data.Postgres;

/// <summary>Adds StoryBot's PostgreSQL query translations (<see cref="CaseInsensitiveLikePlugin"/>) to a context's options.</summary>
public sealed class StoryPostgresOptionsExtension : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    /// <summary>Adds the extension to <paramref name="builder"/> (every StoryBot context on PostgreSQL uses it).</summary>
    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new StoryPostgresOptionsExtension());
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
