using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake;

/// <summary>Waiting for what the bot does. Every wait also sees what already happened, so there is no race.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>Waits for the first REST request (past or future) matching <paramref name="predicate"/>, with its answer.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, CancellationToken cancellationToken = default) =>
        state.Requests.WaitAsync(predicate, cancellationToken);

    /// <summary>Waits for the first gateway frame (past or future) matching <paramref name="predicate"/>.</summary>
    public Task<RecordedFrame> WaitForFrameAsync(Func<RecordedFrame, bool> predicate, CancellationToken cancellationToken = default) =>
        state.Frames.WaitAsync(predicate, cancellationToken);

    /// <summary>Waits for the first callback (accepted or rejected) for <paramref name="interactionId"/>.</summary>
    public Task<RecordedCallback> WaitForCallbackAsync(ulong interactionId, CancellationToken cancellationToken = default) =>
        state.Callbacks.WaitAsync(c => c.InteractionId == interactionId, cancellationToken);

    /// <summary>Waits for the first accepted callback matching <paramref name="predicate"/>.</summary>
    public Task<RecordedCallback> WaitForCallbackAsync(Func<RecordedCallback, bool> predicate, CancellationToken cancellationToken = default) =>
        state.Callbacks.WaitAsync(predicate, cancellationToken);

    /// <summary>Waits until a session exists and has sent READY (the first READY ever).</summary>
    public Task<RecordedFrame> WaitForReadyAsync(CancellationToken cancellationToken = default) =>
        state.Frames.WaitAsync(f => f.Direction == FrameDirection.Sent && f.EventName == "READY", cancellationToken);

    /// <summary>Waits for a READY or RESUMED sent after frame <paramref name="afterFrame"/> (use <see cref="LastFrameSequence"/> as a mark).</summary>
    public Task<RecordedFrame> WaitForSessionAsync(long afterFrame, CancellationToken cancellationToken = default) =>
        state.Frames.WaitAsync(f => f.Sequence > afterFrame && f.Direction == FrameDirection.Sent && f.EventName is "READY" or "RESUMED", cancellationToken);

    /// <summary>Waits for the <paramref name="count"/>-th gateway connection (1-based).</summary>
    public Task<GatewayConnectionInfo> WaitForConnectionAsync(int count, CancellationToken cancellationToken = default) =>
        state.Connections.WaitAsync(c => c.Id >= count, cancellationToken);

    /// <summary>Sequence number of the last recorded frame; a mark for <see cref="WaitForSessionAsync"/> and frame predicates.</summary>
    public long LastFrameSequence => state.Frames.Snapshot() is { Count: > 0 } frames ? frames[^1].Sequence : 0;
}
