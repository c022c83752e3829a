namespace StoryBot.Commands;

/// <summary>
/// Posts and edits channel messages outside an interaction (trivia questions, daily posts): these outlive the
/// 15-minute interaction token. On Discord it uses the bot token; in the console shell it prints.
/// Send and edit throw <see cref="ChannelUnavailableException"/> when the channel is gone or the bot may not post
/// there; other failures (network, Discord 5xx after retries) surface as other exceptions.
/// </summary>
public interface IChannelMessenger
{
    Task<SentMessage> SendAsync(ulong channelId, BotMessage message, CancellationToken cancellationToken);

    Task EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken);

    /// <summary>What the bot knows of a channel; never throws for a missing channel (Exists is false).</summary>
    Task<ChannelInfo> GetChannelAsync(ulong channelId, CancellationToken cancellationToken);
}
