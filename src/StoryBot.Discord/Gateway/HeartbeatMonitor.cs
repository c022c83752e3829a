namespace StoryBot.Discord.Gateway;

/// <summary>
/// Zombie detection (gateway.mdx#sending-heartbeats): at each tick of the heartbeat loop, did an ACK arrive since the
/// loop's previous heartbeat? A heartbeat sent to answer a server op 1 does not count: its ACK may still be on the way
/// when the loop ticks. Thread-safe: ACKs arrive on the read loop, ticks on the heartbeat loop.
/// </summary>
internal sealed class HeartbeatMonitor
{
    private long _acks;
    private long _acksAtLoopHeartbeat = -1;

    /// <summary>The heartbeat loop sent a heartbeat.</summary>
    public void OnLoopHeartbeat() => Interlocked.Exchange(ref _acksAtLoopHeartbeat, Interlocked.Read(ref _acks));

    /// <summary>We answered a server op 1 with a heartbeat (not watched: the loop's own heartbeats are).</summary>
    public void OnRequestedHeartbeat()
    {
    }

    /// <summary>An op 11 Heartbeat ACK arrived.</summary>
    public void OnAck() => Interlocked.Increment(ref _acks);

    /// <summary>True when the loop has sent a heartbeat and no ACK came since.</summary>
    public bool IsZombie
    {
        get
        {
            var mark = Interlocked.Read(ref _acksAtLoopHeartbeat);
            return mark >= 0 && Interlocked.Read(ref _acks) == mark;
        }
    }
}
