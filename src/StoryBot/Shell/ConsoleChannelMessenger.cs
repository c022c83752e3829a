using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>Channel messages (trivia questions, daily posts) in the console shell: printed, editable, pressable.</summary>
public sealed class ConsoleChannelMessenger(ShellSession session) : IChannelMessenger
{
    public Task<SentMessage> SendAsync(ulong channelId, BotMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = session.Show(message with { Ephemeral = false }, channelId == ShellSession.ShellChannelId ? null : $"(in channel {channelId})");
        return Task.FromResult(new SentMessage(channelId, id));
    }

    public Task EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!session.Replace(messageId, message with { Ephemeral = false }))
        {
            throw new ChannelUnavailableException(channelId, ChannelProblem.NotFound);
        }

        return Task.CompletedTask;
    }

    /// <summary>Every channel exists in the shell; it is NSFW when the shell's channel is (<c>:nsfw on</c>).</summary>
    public Task<ChannelInfo> GetChannelAsync(ulong channelId, CancellationToken cancellationToken) =>
        Task.FromResult(new ChannelInfo(channelId, Exists: true, Name: channelId == ShellSession.ShellChannelId ? "console" : $"channel-{channelId}",
            GuildId: ShellSession.ShellGuildId, IsNsfw: session.Context.ChannelIsNsfw, CanSend: true));
}
