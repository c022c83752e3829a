namespace StoryBot.Discord.Fake;

/// <summary>What the bot may do in a <see cref="FakeChannel"/>.</summary>
public enum ChannelAccess
{
    /// <summary>Read and send.</summary>
    Full,

    /// <summary>The channel is visible but sending/editing fails with 403 / 50013 Missing Permissions.</summary>
    ReadOnly,

    /// <summary>Every request fails with 403 / 50001 Missing Access.</summary>
    NoAccess,
}
