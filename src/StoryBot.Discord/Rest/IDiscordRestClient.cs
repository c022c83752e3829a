using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Rest;

/// <summary>
/// The REST endpoints the bot uses. Every call waits for its rate-limit bucket and the global limit, honours 429
/// <c>retry_after</c>, retries 5xx a bounded number of times, and throws <see cref="DiscordRestException"/> otherwise.
/// Every message body carries <c>allowed_mentions</c>.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary>GET /gateway/bot.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary>GET /channels/{channel.id}.</summary>
    Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken);

    /// <summary>POST /channels/{channel.id}/messages.</summary>
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken);

    /// <summary>PATCH /channels/{channel.id}/messages/{message.id}.</summary>
    Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageProperties message, CancellationToken cancellationToken);

    /// <summary>POST /interactions/{id}/{token}/callback with any response (types 4, 6, 7, 8).</summary>
    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>POST /interactions/{id}/{token}/callback with type 5 (thinking…) or, when <paramref name="componentUpdate"/>, type 6.</summary>
    Task DeferInteractionAsync(ulong interactionId, string interactionToken, bool ephemeral, bool componentUpdate, CancellationToken cancellationToken);

    /// <summary>PATCH /webhooks/{application.id}/{interaction.token}/messages/@original.</summary>
    Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken);

    /// <summary>DELETE /webhooks/{application.id}/{interaction.token}/messages/@original.</summary>
    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken);

    /// <summary>POST /webhooks/{application.id}/{interaction.token} (a follow-up message).</summary>
    Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken);

    /// <summary>PATCH /webhooks/{application.id}/{interaction.token}/messages/{message.id}.</summary>
    Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, MessageProperties message, CancellationToken cancellationToken);

    /// <summary>GET /applications/{id}/commands, or the guild's commands when <paramref name="guildId"/> is set.</summary>
    Task<IReadOnlyList<RegisteredCommand>> GetApplicationCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken cancellationToken);

    /// <summary>PUT /applications/{id}/commands (or the guild's): replaces all commands.</summary>
    Task<IReadOnlyList<RegisteredCommand>> BulkOverwriteApplicationCommandsAsync(
        ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken);
}
