namespace StoryBot.Discord.Rest;

/// <summary>A message Discord returned (the fields a bot uses).</summary>
/// <param name="Id">Message id.</param>
/// <param name="ChannelId">Channel id.</param>
/// <param name="Content">Text content.</param>
/// <param name="Author">Author, when present.</param>
public sealed record DiscordMessage(ulong Id, ulong ChannelId, string Content, DiscordUser? Author);
