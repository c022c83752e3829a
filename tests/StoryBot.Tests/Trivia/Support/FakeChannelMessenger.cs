using StoryBot.Commands;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>
/// An <see cref="IChannelMessenger"/> that keeps every channel message and edit, can be told to fail, and lets a
/// test wait for the n-th message or edit.
/// </summary>
public sealed class FakeChannelMessenger : IChannelMessenger
{
    private readonly Lock _gate = new();
    private readonly List<(ulong ChannelId, ulong MessageId, BotMessage Message)> _sent = [];
    private readonly List<(ulong ChannelId, ulong MessageId, BotMessage Message)> _edits = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong _nextId = 5000;

    /// <summary>How many upcoming sends throw (a Discord 500, say).</summary>
    public int FailSends { get; set; }

    public int FailEdits { get; set; }

    public bool ChannelGone { get; set; }

    public IReadOnlyList<(ulong ChannelId, ulong MessageId, BotMessage Message)> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public IReadOnlyList<(ulong ChannelId, ulong MessageId, BotMessage Message)> Edits
    {
        get
        {
            lock (_gate)
            {
                return [.. _edits];
            }
        }
    }

    public Task<SentMessage> SendAsync(ulong channelId, BotMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (ChannelGone)
            {
                throw new ChannelUnavailableException(channelId, ChannelProblem.NotFound);
            }

            if (FailSends > 0)
            {
                FailSends--;
                Signal();
                throw new HttpRequestException("Discord said 500 (fake).");
            }

            var id = _nextId++;
            _sent.Add((channelId, id, message));
            Signal();
            return Task.FromResult(new SentMessage(channelId, id));
        }
    }

    public Task EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (FailEdits > 0)
            {
                FailEdits--;
                Signal();
                throw new HttpRequestException("Discord said 500 (fake).");
            }

            _edits.Add((channelId, messageId, message));
            Signal();
            return Task.CompletedTask;
        }
    }

    public Task<ChannelInfo> GetChannelAsync(ulong channelId, CancellationToken cancellationToken) =>
        Task.FromResult(new ChannelInfo(channelId, Exists: !ChannelGone, Name: "trivia", GuildId: 1, CanSend: !ChannelGone));

    public Task<(ulong MessageId, BotMessage Message)> WaitForSentAsync(int count) =>
        WaitAsync(() => _sent.Count >= count ? (_sent[count - 1].MessageId, _sent[count - 1].Message) : null);

    public Task<(ulong MessageId, BotMessage Message)> WaitForEditAsync(int count) =>
        WaitAsync(() => _edits.Count >= count ? (_edits[count - 1].MessageId, _edits[count - 1].Message) : null);

    private async Task<(ulong, BotMessage)> WaitAsync(Func<(ulong, BotMessage)?> probe)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (probe() is { } found)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    private void Signal()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}
