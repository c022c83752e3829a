namespace StoryBot.Discord.Fake;

/// <summary>A channel the fake knows about.</summary>
public sealed record FakeChannel
{
    /// <summary>Id of the channel created when no channel is configured.</summary>
    public const ulong DefaultId = 1100000000000000200;

    public ulong Id { get; init; } = DefaultId;

    public string Name { get; init; } = "general";

    /// <summary>Discord channel type (0 GUILD_TEXT, 5 GUILD_ANNOUNCEMENT, 11 PUBLIC_THREAD…).</summary>
    public int Type { get; init; }

    public bool Nsfw { get; init; }

    /// <summary>Guild of the channel; 0 means the server's default guild.</summary>
    public ulong GuildId { get; init; }

    public string? Topic { get; init; }

    /// <summary>How the bot may use this channel.</summary>
    public ChannelAccess Access { get; init; } = ChannelAccess.Full;
}
