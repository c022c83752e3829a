using System.Collections.Concurrent;
using StoryBot.Commands;

namespace StoryBot.Tests.Daily.Support;

/// <summary>
/// The I/O seam of the daily post in unit tests: channels with flags, the messages posted, Discord's
/// <c>enforce_nonce</c> de-duplication (a repeated nonce in the same channel within <see cref="NonceWindow"/> returns the
/// first message), and injected faults including a "crash" that cancels the run mid-send.
/// </summary>
public sealed class FakeChannelMessenger(TimeProvider time) : IChannelMessenger
{
    private readonly ConcurrentDictionary<ulong, FakeChannel> _channels = new();
    private readonly ConcurrentQueue<SendFault> _faults = new();
    private readonly Lock _gate = new();
    private readonly List<FakeSentMessage> _messages = [];
    private ulong _nextId = 900_000_000_000_000_000;
    private TaskCompletionSource _posted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long Discord remembers a nonce ("the past few minutes"); the fake uses 5 minutes.</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Cancelled by the crash faults, so the code under test stops as if the process died.</summary>
    public CancellationTokenSource? CrashSwitch { get; set; }

    public int SendAttempts { get; private set; }

    public IReadOnlyList<FakeSentMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public FakeChannel AddChannel(ulong channelId, ulong guildId, bool nsfw = false)
    {
        var channel = new FakeChannel(channelId, guildId) { IsNsfw = nsfw };
        _channels[channelId] = channel;
        return channel;
    }

    public FakeChannel Channel(ulong channelId) => _channels[channelId];

    public IReadOnlyList<FakeSentMessage> MessagesIn(ulong channelId) => [.. Messages.Where(m => m.ChannelId == channelId)];

    public void FailNextSend(SendFault fault) => _faults.Enqueue(fault);

    /// <summary>Completes once at least <paramref name="count"/> messages were posted (for tests that run the real scheduler).</summary>
    public async Task WaitForMessagesAsync(int count)
    {
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task posted;
            lock (_gate)
            {
                if (_messages.Count >= count)
                {
                    return;
                }

                posted = _posted.Task;
            }

            await posted.WaitAsync(safety.Token);
        }
    }

    public Task<SentMessage> SendAsync(ulong channelId, BotMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SendAttempts++;
        var hasFault = _faults.TryDequeue(out var fault);
        if (hasFault && fault is SendFault.LostBeforeDelivery)
        {
            throw new HttpRequestException("Connection reset (fake).");
        }

        if (hasFault && fault is SendFault.CrashBeforeDelivery)
        {
            Crash();
        }

        if (!_channels.TryGetValue(channelId, out var channel) || !channel.Exists)
        {
            throw new ChannelUnavailableException(channelId, ChannelProblem.NotFound);
        }

        if (channel.SendFailsWith is { } problem)
        {
            throw new ChannelUnavailableException(channelId, problem);
        }

        if (!channel.CanSend)
        {
            throw new ChannelUnavailableException(channelId, ChannelProblem.MissingPermission);
        }

        var sent = Deliver(channelId, message);
        if (hasFault && fault is SendFault.LostAfterDelivery)
        {
            throw new HttpRequestException("Gateway timeout (fake).");
        }

        if (hasFault && fault is SendFault.CrashAfterDelivery)
        {
            Crash();
        }

        return Task.FromResult(new SentMessage(channelId, sent.MessageId));
    }

    public Task EditAsync(ulong channelId, ulong messageId, BotMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ChannelInfo> GetChannelAsync(ulong channelId, CancellationToken cancellationToken) =>
        Task.FromResult(_channels.TryGetValue(channelId, out var c) && c.Exists
            ? new ChannelInfo(c.Id, true, $"channel-{c.Id}", c.GuildId, c.IsNsfw, c.CanSend)
            : ChannelInfo.Missing(channelId));

    private FakeSentMessage Deliver(ulong channelId, BotMessage message)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var duplicate = message.Nonce is null
                ? null
                : _messages.FirstOrDefault(m => m.ChannelId == channelId && m.Message.Nonce == message.Nonce && now - m.At <= NonceWindow);
            if (duplicate is not null)
            {
                return duplicate;
            }

            var sent = new FakeSentMessage(channelId, ++_nextId, message, now);
            _messages.Add(sent);
            var posted = _posted;
            _posted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            posted.TrySetResult();
            return sent;
        }
    }

    private void Crash()
    {
        var crash = CrashSwitch ?? throw new InvalidOperationException("Set CrashSwitch before injecting a crash.");
        crash.Cancel();
        crash.Token.ThrowIfCancellationRequested();
    }
}
