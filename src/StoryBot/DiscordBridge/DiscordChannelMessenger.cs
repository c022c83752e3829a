using System.Net;
using StoryBot.Commands;
using StoryBot.Discord.Rest;

namespace StoryBot.DiscordBridge;

/// <summary>Channel messages through Discord's REST API with the bot token (they outlive interaction tokens).</summary>
public sealed class DiscordChannelMessenger(IDiscordRestClient rest) : IChannelMessenger
{
    public async Task<SentMessage> SendAsync(ulong channelId, BotMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var sent = await rest.CreateMessageAsync(channelId, DiscordMessageMapper.ToProperties(message with { Ephemeral = false }), cancellationToken).ConfigureAwait(false);
            return new SentMessage(channelId, sent.Id);
        }
        catch (DiscordRestException exception) when (Problem(exception) is { } problem)
        {
            throw new ChannelUnavailableException(channelId, problem, exception);
        }
    }

    public async Task EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await rest.EditMessageAsync(channelId, messageId, DiscordMessageMapper.ToProperties(message with { Ephemeral = false }), cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException exception) when (Problem(exception) is { } problem)
        {
            throw new ChannelUnavailableException(channelId, problem, exception);
        }
    }

    public async Task<ChannelInfo> GetChannelAsync(ulong channelId, CancellationToken cancellationToken)
    {
        try
        {
            var channel = await rest.GetChannelAsync(channelId, cancellationToken).ConfigureAwait(false);
            return new ChannelInfo(channel.Id, Exists: true, channel.Name, channel.GuildId, channel.Nsfw, CanSend: true);
        }
        catch (DiscordRestException exception) when (Problem(exception) is ChannelProblem.NotFound)
        {
            return ChannelInfo.Missing(channelId);
        }
        catch (DiscordRestException exception) when (Problem(exception) is ChannelProblem.MissingPermission)
        {
            return new ChannelInfo(channelId, Exists: true, CanSend: false);
        }
    }

    // opcodes-and-status-codes.mdx: 10003 Unknown channel, 10008 Unknown message, 50001 Missing access, 50013 Missing permissions.
    private static ChannelProblem? Problem(DiscordRestException exception) => exception.StatusCode switch
    {
        HttpStatusCode.NotFound => ChannelProblem.NotFound,
        HttpStatusCode.Forbidden => exception.ErrorCode == 50001 ? ChannelProblem.NotFound : ChannelProblem.MissingPermission,
        _ => null,
    };
}
