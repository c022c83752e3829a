namespace StoryBot.Discord.Gateway.Events;

/// <summary>READY: the session is established (gateway-events.mdx#ready).</summary>
/// <param name="ApplicationId">The bot's application id.</param>
/// <param name="User">The bot user.</param>
/// <param name="SessionId">Gateway session id (used to resume).</param>
/// <param name="GuildIds">Guilds the bot is in (initially unavailable).</param>
/// <param name="ShardId">This shard's id.</param>
/// <param name="ShardCount">Total shards.</param>
public sealed record ReadyEvent(
    ulong ApplicationId,
    DiscordUser User,
    string SessionId,
    IReadOnlyList<ulong> GuildIds,
    int ShardId,
    int ShardCount) : IGatewayEvent;
