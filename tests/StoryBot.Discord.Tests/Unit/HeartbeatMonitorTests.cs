using StoryBot.Discord.Gateway;

namespace StoryBot.Discord.Tests.Unit;

public class HeartbeatMonitorTests
{
    [Fact]
    public void IsZombie_LoopHeartbeatNotAcked_True()
    {
        // gateway.mdx: "If a client does not receive a heartbeat ACK between its attempts at sending heartbeats, this may
        // be due to a failed or "zombied" connection."
        var monitor = new HeartbeatMonitor();
        monitor.OnLoopHeartbeat();

        Assert.True(monitor.IsZombie);
    }

    [Fact]
    public void IsZombie_ServerRequestedHeartbeatJustBeforeTick_False()
    {
        // gateway.mdx#heartbeat-requests: "the gateway may request a heartbeat from the client ... the client should
        // immediately send an Opcode 1 Heartbeat". Its ACK may still be on the way when our interval ticks: the loop's
        // own heartbeat was ACKed, so the connection is alive.
        var monitor = new HeartbeatMonitor();
        monitor.OnLoopHeartbeat();
        monitor.OnAck();
        monitor.OnRequestedHeartbeat();

        Assert.False(monitor.IsZombie);
    }

    [Fact]
    public void IsZombie_BeforeAnyHeartbeat_False()
    {
        var monitor = new HeartbeatMonitor();
        monitor.OnRequestedHeartbeat();

        Assert.False(new HeartbeatMonitor().IsZombie);
        Assert.False(monitor.IsZombie);
    }
}
