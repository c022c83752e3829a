namespace StoryBot.Discord.Gateway.Events;

/// <summary>GUILD_DELETE: the bot left the guild, or it became unavailable (<paramref name="Unavailable"/>).</summary>
/// <param name="GuildId">The guild.</param>
/// <param name="Unavailable">True during an outage; false when the bot was removed.</param>
public sealed record GuildDeleteEvent(ulong GuildId, bool Unavailable) : IGatewayEvent;
