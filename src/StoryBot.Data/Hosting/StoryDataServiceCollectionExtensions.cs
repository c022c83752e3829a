using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StoryBot.Data.Import;
using StoryBot.Data.Libraries;
using StoryBot.Data.Postgres;
using StoryBot.Data.Queries;
using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Data.Trivia;

namespace StoryBot.Data.Hosting;

public static class StoryDataServiceCollectionExtensions
{
    /// <summary>The database file used when <c>ConnectionStrings:Stories</c> is empty, under the content root.</summary>
    public const string DefaultDatabaseFile = "storybot.db";

    /// <summary>
    /// The story store: <see cref="StoryDbContext"/> (scoped) and its factory, the importer, search and query services,
    /// and <see cref="StoryDataInitializer"/> (migrate, then import <c>Stories:SeedPath</c> unless
    /// <c>Stories:ImportOnStart</c> is false). The connection string is <c>ConnectionStrings:Stories</c>
    /// (env <c>ConnectionStrings__Stories</c>); empty means <c>storybot.db</c> under the content root.
    /// </summary>
    public static IServiceCollection AddStoryData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        string contentRoot = ContentRoot(configuration);
        StoreConnection store = StoreConnection.From(configuration, contentRoot);
        string connectionString = store.ConnectionString;

        services.AddOptions<StoryDataOptions>()
            .Bind(configuration.GetSection(StoryDataOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString = configuration.GetConnectionString(StoreConnection.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(store);
        // One data source per connection string for every context (stories, trivia, daily), disposed with the host.
        services.TryAddSingleton<PostgresDataSources>();
        services.TryAddSingleton<IDbContextFactory<StoryDbContext>>(provider => new StoryContextFactory(store, provider.GetRequiredService<PostgresDataSources>()));
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<StoryDbContext>>().CreateDbContext());
        services.TryAddSingleton(new StoryDataPaths(contentRoot, connectionString));
        services.TryAddSingleton<StoryDatabase>();
        services.TryAddSingleton<IStoryImporter, StoryImporter>();
        services.TryAddSingleton<StoryDataInitializer>();
        services.TryAddScoped(provider => StorySearches.For(provider.GetRequiredService<StoryDbContext>()));

        services.TryAddScoped<IStoryCatalog, StoryCatalog>();
        services.TryAddScoped<IChapterReader, ChapterReader>();
        services.TryAddScoped<ICharacterQueries, CharacterQueries>();
        services.TryAddScoped<ITriviaQueries, TriviaQueries>();
        services.TryAddScoped<LibraryScopeResolver>();
        services.AddOptions<LibraryLimits>()
            .Bind(configuration.GetSection(LibraryLimits.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<GuildLibraryService>();
        return services;
    }

    /// <summary>Empty → <c>Data Source={contentRoot}/storybot.db</c>; a relative file is taken relative to the content root.</summary>
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultDatabaseFile}" : configured);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    private static string ContentRoot(IConfiguration configuration) =>
        configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
}
