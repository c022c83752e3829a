using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;
using StoryBot.Data.Coordination;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Gateway.Events;
using StoryBot.Discord.Hosting;

namespace StoryBot.DiscordBridge;

public static class DiscordFrontEndExtensions
{
    /// <summary>
    /// Serves the registered features on Discord: the Discord client (options from <c>Discord</c>, token required),
    /// one route per command and custom id prefix to <see cref="DiscordInteractionBridge"/>, command registration
    /// at READY and the REST <see cref="IChannelMessenger"/>. Call after every feature's <c>AddXxx</c>.
    /// </summary>
    public static IHostApplicationBuilder AddDiscordFrontEnd(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddCommandRouting();
        services.AddDiscordClient(builder.Configuration.GetSection(DiscordOptions.SectionName));
        var registrations = services
            .Where(d => d.ServiceType == typeof(CommandRegistration) && d.ImplementationInstance is CommandRegistration)
            .Select(d => (CommandRegistration)d.ImplementationInstance!)
            .ToList();
        foreach (var registration in registrations)
        {
            switch (registration.Kind)
            {
                case CommandRegistrationKind.SlashCommand:
                    services.AddSlashCommandHandler<DiscordInteractionBridge>(registration.Key);
                    break;
                case CommandRegistrationKind.Component:
                    services.AddComponentHandler<DiscordInteractionBridge>(registration.Key + ":");
                    break;
            }
        }

        services.AddApplicationCommandSource<DiscordCommandSource>();
        services.AddGatewayEventHandler<GuildDeleteEvent, GuildLibraryEvents>();
        services.AddGatewayEventHandler<GuildCreateEvent, GuildLibraryEvents>();
        services.TryAddSingleton<IChannelMessenger, DiscordChannelMessenger>();
        services.AddSingleton<ICommandMentions, DiscordCommandMentions>();

        // Identify limits are per bot: processes that share the store share the ledger.
        services.TryAddSingleton<SharedStateStore>();
        services.Replace(ServiceDescriptor.Singleton<IIdentifyCoordinator, DatabaseIdentifyCoordinator>());
        return builder;
    }
}
