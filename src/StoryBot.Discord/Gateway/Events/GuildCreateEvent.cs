namespace StoryBot.Discord.Gateway.Events;

/// <summary>GUILD_CREATE: a guild became available or the bot joined it.</summary>
/// <param name="GuildId">The guild.</param>
/// <param name="Name">Its name.</param>
/// <param name="MemberCount">Member count when known.</param>
public sealed record GuildCreateEvent(ulong GuildId, string Name, int? MemberCount) : IGatewayEvent;
