using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;
using StoryBot.Daily.Scheduling;
using StoryBot.Data.Hosting;
using StoryBot.Trivia.Commands;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Rendering;
using StoryBot.Trivia.Sources;

using StoryBot.Data.Storage;
using StoryBot.Trivia.Persistence.Postgres;

namespace StoryBot.Trivia;

public static class TriviaServiceCollectionExtensions
{
    /// <summary>
    /// <c>/trivia</c>: the command, its buttons and autocomplete, trivia's own tables (in the story database file) and
    /// the game runner.
    /// </summary>
    public static IHostApplicationBuilder AddTrivia(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TriviaOptions>()
            .Bind(builder.Configuration.GetSection(TriviaOptions.Section))
            .ValidateDataAnnotations()
            .Validate(options => options.DefaultRounds <= options.MaxRounds, "Trivia:DefaultRounds must not exceed Trivia:MaxRounds.")
            .ValidateOnStart();

        // The story database (ConnectionStrings:Stories, Database:Provider): the same store the data layer uses.
        services.AddStoreDbContextFactory<TriviaDbContext, PostgresTriviaDbContext>(builder.Configuration, TriviaDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new TriviaClock(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TriviaRandom>();
        services.TryAddSingleton<ITriviaCorpusSource, StoryDbTriviaSource>();
        services.TryAddSingleton<TriviaDatabase>();
        services.TryAddSingleton<TriviaStore>();
        services.TryAddSingleton<TriviaQuestionBanks>();
        services.TryAddSingleton<TriviaGameRegistry>();
        services.TryAddSingleton<TriviaGameLoop>();
        // At start a process ends the abandoned games of its own shards' servers only.
        services.TryAddSingleton(provider => ShardFilter.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton<TriviaGameRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<TriviaGameRunner>());
        services.TryAddScoped<Stories.StoryResolver>();
        services.TryAddScoped<TriviaGameStarter>();
        services.TryAddScoped<TriviaBoards>();
        services.AddSlashCommand<TriviaCommand>(TriviaCommand.Name);
        services.AddComponentHandler<TriviaButtons>(TriviaCustomId.Prefix);
        services.AddAutocompleteHandler<TriviaAutocomplete>(TriviaCommand.Name);
        return builder;
    }
}
