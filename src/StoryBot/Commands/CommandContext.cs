namespace StoryBot.Commands;

/// <summary>Where and by whom something was invoked. Shared by slash commands, button presses and autocomplete.</summary>
public sealed record CommandContext(BotUser User, ulong? GuildId, ulong ChannelId)
{
    /// <summary>The channel is marked age-restricted (NSFW).</summary>
    public bool ChannelIsNsfw { get; init; }

    /// <summary>A direct message with the bot (no guild).</summary>
    public bool IsDirectMessage => GuildId is null;

    /// <summary>Mature and Explicit stories may be shown here: NSFW channels and DMs.</summary>
    public bool AllowsMatureContent => ChannelIsNsfw || IsDirectMessage;
}
