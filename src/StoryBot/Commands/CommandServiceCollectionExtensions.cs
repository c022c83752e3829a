using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StoryBot.Commands;

/// <summary>
/// How a feature plugs in: its <c>AddXxx</c> extension calls these for each handler it has. The key given here
/// (command name, custom id prefix) must equal the handler's own <c>Definition.Name</c> / <c>CustomIdPrefix</c> /
/// <c>CommandName</c>; the host checks this at start.
/// </summary>
public static class CommandServiceCollectionExtensions
{
    /// <summary>The router and catalog every front end uses. Called by the methods below; idempotent.</summary>
    public static IServiceCollection AddCommandRouting(this IServiceCollection services)
    {
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<SessionEnd>();
        services.TryAddSingleton<ICommandMentions, PlainCommandMentions>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Registers the handler (scoped: one instance per interaction) of slash command <paramref name="name"/>.</summary>
    public static IServiceCollection AddSlashCommand<THandler>(this IServiceCollection services, string name)
        where THandler : class, ISlashCommandHandler =>
        services.AddHandler<ISlashCommandHandler, THandler>(CommandRegistrationKind.SlashCommand, name);

    /// <summary>Registers the handler (scoped) of buttons whose custom id starts with <paramref name="customIdPrefix"/> + ':'.</summary>
    public static IServiceCollection AddComponentHandler<THandler>(this IServiceCollection services, string customIdPrefix)
        where THandler : class, IComponentHandler =>
        services.AddHandler<IComponentHandler, THandler>(CommandRegistrationKind.Component, customIdPrefix);

    /// <summary>Registers the autocomplete handler (scoped) of slash command <paramref name="commandName"/>.</summary>
    public static IServiceCollection AddAutocompleteHandler<THandler>(this IServiceCollection services, string commandName)
        where THandler : class, IAutocompleteHandler =>
        services.AddHandler<IAutocompleteHandler, THandler>(CommandRegistrationKind.Autocomplete, commandName);

    private static IServiceCollection AddHandler<TService, THandler>(this IServiceCollection services, CommandRegistrationKind kind, string key)
        where TService : class
        where THandler : class, TService
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        services.AddCommandRouting();
        services.TryAddScoped<THandler>();
        services.AddKeyedScoped<TService>(key, (provider, _) => provider.GetRequiredService<THandler>());
        services.AddSingleton(new CommandRegistration(kind, key, typeof(THandler)));
        return services;
    }
}
