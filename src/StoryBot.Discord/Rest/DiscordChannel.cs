namespace StoryBot.Discord.Rest;

/// <summary>A channel (the fields a bot uses).</summary>
/// <param name="Id">Channel id.</param>
/// <param name="Type">Channel type (0 text, 5 announcement, 11 public thread, …).</param>
/// <param name="GuildId">Guild, if any.</param>
/// <param name="Name">Name, if any.</param>
/// <param name="Nsfw">Age-restricted flag.</param>
public sealed record DiscordChannel(ulong Id, int Type, ulong? GuildId, string? Name, bool Nsfw);
