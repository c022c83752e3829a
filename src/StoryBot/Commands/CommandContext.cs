using StoryBot.Data.Libraries;

namespace StoryBot.Commands;

/// <summary>Where and by whom something was invoked. Shared by slash commands, button presses and autocomplete.</summary>
public sealed record CommandContext(BotUser User, ulong? GuildId, ulong ChannelId)
{
    /// <summary>The channel is marked age-restricted (NSFW).</summary>
    public bool ChannelIsNsfw { get; init; }

    /// <summary>
    /// The libraries seen here, resolved once per interaction by <see cref="CommandRouter"/> (which also sets it on the
    /// scope's story context, so every query of the interaction is limited to it). Shared only until resolved.
    /// </summary>
    public LibraryScope Library { get; init; } = LibraryScope.SharedOnly;

    /// <summary>A direct message with the bot (no guild).</summary>
    public bool IsDirectMessage => GuildId is null;

    /// <summary>Mature and Explicit stories may be shown here: NSFW channels and DMs.</summary>
    public bool AllowsMatureContent => ChannelIsNsfw || IsDirectMessage;
}
