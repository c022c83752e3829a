namespace StoryBot.Commands;

/// <summary>Why a channel cannot be posted to.</summary>
public enum ChannelProblem
{
    /// <summary>The channel (or message) does not exist any more, or the bot cannot see it.</summary>
    NotFound,

    /// <summary>The bot lost a permission it needs (Send Messages, Embed Links, View Channel).</summary>
    MissingPermission,
}
