using StoryBot.Data.Libraries;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Gateway.Events;

namespace StoryBot.DiscordBridge;

/// <summary>
/// GUILD_DELETE (the bot was removed, not an outage) starts a server library's grace period; GUILD_CREATE (back in the
/// server, or at every connect) calls a pending deletion off.
/// </summary>
public sealed class GuildLibraryEvents(GuildLibraryService libraries) : IGatewayEventHandler<GuildDeleteEvent>, IGatewayEventHandler<GuildCreateEvent>
{
    public async ValueTask HandleAsync(GuildDeleteEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        if (!gatewayEvent.Unavailable)
        {
            await libraries.MarkRemovedAsync(gatewayEvent.GuildId, cancellationToken);
        }
    }

    public async ValueTask HandleAsync(GuildCreateEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        await libraries.MarkPresentAsync(gatewayEvent.GuildId, cancellationToken);
    }
}
