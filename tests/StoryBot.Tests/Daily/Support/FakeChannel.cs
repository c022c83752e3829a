namespace StoryBot.Tests.Daily.Support;

/// <summary>A channel of the fake messenger; tests flip its flags to delete it or take permissions away.</summary>
public sealed class FakeChannel(ulong id, ulong guildId)
{
    public ulong Id { get; } = id;

    public ulong GuildId { get; } = guildId;

    public bool Exists { get; set; } = true;

    public bool IsNsfw { get; set; }

    public bool CanSend { get; set; } = true;

    /// <summary>Sends fail with this (Discord 404 10003 / 403 50013) although the channel looks fine when asked.</summary>
    public StoryBot.Commands.ChannelProblem? SendFailsWith { get; set; }
}
