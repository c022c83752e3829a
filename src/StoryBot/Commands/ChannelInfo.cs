namespace StoryBot.Commands;

/// <summary>
/// A channel as the bot sees it. <see cref="CanSend"/> is false when the bot lacks View Channel / Send Messages /
/// Embed Links there (as far as the bot can tell; a later send may still fail with
/// <see cref="ChannelUnavailableException"/>).
/// </summary>
public sealed record ChannelInfo(ulong Id, bool Exists, string? Name = null, ulong? GuildId = null, bool IsNsfw = false, bool CanSend = false)
{
    public static ChannelInfo Missing(ulong id) => new(id, Exists: false);
}
