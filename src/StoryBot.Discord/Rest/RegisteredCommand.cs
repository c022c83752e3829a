namespace StoryBot.Discord.Rest;

/// <summary>An application command as Discord stores it.</summary>
/// <param name="Id">Command id.</param>
/// <param name="Name">Command name.</param>
/// <param name="GuildId">Guild for guild commands.</param>
public sealed record RegisteredCommand(ulong Id, string Name, ulong? GuildId);
