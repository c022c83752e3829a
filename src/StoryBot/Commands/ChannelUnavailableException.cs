namespace StoryBot.Commands;

/// <summary>Thrown by <see cref="IChannelMessenger"/> when a channel is gone or the bot may not post there.</summary>
public sealed class ChannelUnavailableException : Exception
{
    public ChannelUnavailableException()
    {
    }

    public ChannelUnavailableException(string message)
        : base(message)
    {
    }

    public ChannelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChannelUnavailableException(ulong channelId, ChannelProblem problem, Exception? innerException = null)
        : base(problem == ChannelProblem.NotFound
            ? $"Channel {channelId} does not exist or the bot cannot see it."
            : $"The bot may not post in channel {channelId} (missing permission).", innerException)
    {
        ChannelId = channelId;
        Problem = problem;
    }

    public ulong ChannelId { get; }

    public ChannelProblem Problem { get; }
}
