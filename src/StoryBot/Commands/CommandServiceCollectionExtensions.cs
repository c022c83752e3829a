using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StoryBot.Commands;

/// <summary>How a feature plugs in: its <c>AddXxx</c> extension calls these for each handler it has.</summary>
public static class CommandServiceCollectionExtensions
{
    /// <summary>The router and catalog every front end uses. Called by the methods below; idempotent.</summary>
    public static IServiceCollection AddCommandRouting(this IServiceCollection services)
    {
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Registers a slash command handler (scoped: one instance per interaction).</summary>
    public static IServiceCollection AddSlashCommand<THandler>(this IServiceCollection services)
        where THandler : class, ISlashCommandHandler
    {
        services.AddCommandRouting();
        services.TryAddScoped<THandler>();
        services.AddScoped<ISlashCommandHandler>(provider => provider.GetRequiredService<THandler>());
        return services;
    }

    /// <summary>Registers a button handler (scoped) for the custom ids starting with its prefix.</summary>
    public static IServiceCollection AddComponentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IComponentHandler
    {
        services.AddCommandRouting();
        services.TryAddScoped<THandler>();
        services.AddScoped<IComponentHandler>(provider => provider.GetRequiredService<THandler>());
        return services;
    }

    /// <summary>Registers an autocomplete handler (scoped) for one slash command.</summary>
    public static IServiceCollection AddAutocompleteHandler<THandler>(this IServiceCollection services)
        where THandler : class, IAutocompleteHandler
    {
        services.AddCommandRouting();
        services.TryAddScoped<THandler>();
        services.AddScoped<IAutocompleteHandler>(provider => provider.GetRequiredService<THandler>());
        return services;
    }
}
