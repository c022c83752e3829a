using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Diagnostics;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Rest.RateLimits;

namespace StoryBot.Discord.Hosting;

/// <summary>DI registration for the Discord client.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the REST client (<see cref="IDiscordRestClient"/>), the gateway (a hosted <c>BackgroundService</c>)
    /// and the interaction dispatcher, with <see cref="DiscordOptions"/> bound from <paramref name="section"/> and
    /// validated at start.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        services.AddOptions<DiscordOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SystemRandomSource>();
        services.TryAddSingleton<IFatalErrorSink, HostStoppingFatalErrorSink>();
        services.TryAddSingleton<RateLimiter>();

        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                DiscordRestClient.Configure(client, options);
            })
            .RemoveAllLoggers(); // the default HttpClient logs print URLs, which hold interaction tokens
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IDiscordRestClient>(sp => sp.GetRequiredService<DiscordRestClient>());

        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<GatewayEventDispatcher>();
        services.TryAddSingleton<RegisteredCommandIds>();
        services.TryAddSingleton<CommandRegistrar>();
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<GatewayShards>();
        services.TryAddSingleton<IDiscordGatewayStatus>(sp => sp.GetRequiredService<GatewayShards>());
        services.TryAddSingleton<IIdentifyCoordinator, InProcessIdentifyCoordinator>();
        services.AddHostedService<GatewayService>();
        return services;
    }

    /// <summary>Registers <typeparamref name="THandler"/> (scoped) for gateway event <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddGatewayEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IGatewayEvent
        where THandler : class, IGatewayEventHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<IGatewayEventHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>Routes slash command <paramref name="commandName"/> and its autocomplete to <typeparamref name="THandler"/> (scoped).</summary>
    public static IServiceCollection AddSlashCommandHandler<THandler>(this IServiceCollection services, string commandName)
        where THandler : class, IInteractionHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(commandName);
        services.TryAddScoped<THandler>();
        services.AddSingleton(new InteractionRoute(InteractionRouteKind.Command, commandName, typeof(THandler)));
        return services;
    }

    /// <summary>Routes buttons whose custom_id starts with <paramref name="customIdPrefix"/> to <typeparamref name="THandler"/> (scoped). The longest matching prefix wins.</summary>
    public static IServiceCollection AddComponentHandler<THandler>(this IServiceCollection services, string customIdPrefix)
        where THandler : class, IInteractionHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(customIdPrefix);
        services.TryAddScoped<THandler>();
        services.AddSingleton(new InteractionRoute(InteractionRouteKind.Component, customIdPrefix, typeof(THandler)));
        return services;
    }

    /// <summary>Adds a source of application command definitions, registered at READY when they changed.</summary>
    public static IServiceCollection AddApplicationCommandSource<TSource>(this IServiceCollection services)
        where TSource : class, IApplicationCommandSource
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IApplicationCommandSource, TSource>();
        return services;
    }
}
