using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;
using StoryBot.Daily.Chapters;
using StoryBot.Daily.Commands;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Posting;
using StoryBot.Daily.Scheduling;
using StoryBot.Data.Libraries;

using StoryBot.Daily.Persistence.Postgres;
using StoryBot.Data.Storage;

namespace StoryBot.Daily;

/// <summary>Registers the chapter of the day: <c>/daily</c>, its buttons and autocomplete, its tables and its scheduler.</summary>
public static class DailyServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddDaily(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<DailyOptions>()
            .Bind(builder.Configuration.GetSection(DailyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Same database as the stories (whatever path resolution the store applies), own migrations history table.
        services.AddStoreDbContext<DailyDbContext, PostgresDailyDbContext>(builder.Configuration, DailyDbContext.MigrationsHistoryTable);

        services.AddSingleton<TimeZoneCatalog>();
        services.AddSingleton<DailyScheduleSignal>();
        services.TryAddSingleton(provider => ShardFilter.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<DailyMessageBuilder>();
        services.AddScoped<DailyChapterQuery>();
        services.TryAddScoped<LibraryScopeResolver>();
        services.AddScoped<DailyPoster>();
        services.AddScoped<NextPostFinder>();
        services.AddScoped<DailyPlanner>();
        services.AddScoped<DailySetCommand>();
        services.AddScoped<DailyOffCommand>();
        services.AddScoped<DailyStatusCommand>();
        services.AddScoped<DailyPreviewCommand>();

        services.AddSlashCommand<DailyCommand>(DailyCommandDefinition.Name);
        services.AddComponentHandler<DailyExcerptButtons>(ExcerptButtonId.Prefix);
        services.AddAutocompleteHandler<DailyAutocomplete>(DailyCommandDefinition.Name);

        // Order matters: the tables exist before the scheduler's first pass.
        services.AddHostedService<DailyDatabaseInitializer>();
        services.AddHostedService<DailySchedulerService>();
        return builder;
    }
}
