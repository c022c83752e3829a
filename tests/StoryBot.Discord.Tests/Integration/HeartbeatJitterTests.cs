using Microsoft.Extensions.DependencyInjection;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>gateway.mdx "Heartbeat Interval": the first heartbeat after <c>heartbeat_interval * jitter</c>, then every interval.</summary>
public class HeartbeatJitterTests
{
    [Fact]
    public async Task FirstHeartbeat_AfterIntervalTimesJitter_ThenEveryInterval()
    {
        // "wait heartbeat_interval * jitter where jitter is any random value between 0 and 1, then send its first
        // Heartbeat"; "From that point … send Discord a heartbeat every heartbeat_interval milliseconds."
        await using var h = await DiscordHarness.StartAsync(
            o => o.HeartbeatIntervalMs = 6000,
            configureServices: s => s.AddSingleton<IRandomSource>(new FixedRandom(0.5)));
        var hello = h.Fake.Frames.First(f => f.Direction == FrameDirection.Sent && f.Op == 10);

        var first = await h.Fake.WaitForFrameAsync(f => f.Direction == FrameDirection.Received && f.Op == 1, DiscordHarness.Timeout());
        var second = await h.Fake.WaitForFrameAsync(f => f.Sequence > first.Sequence && f.Direction == FrameDirection.Received && f.Op == 1, DiscordHarness.Timeout());

        // Delays only ever run late (a loaded machine), so the lower bounds are exact; the upper ones leave slack.
        var jitter = (first.Timestamp - hello.Timestamp).TotalMilliseconds;
        Assert.InRange(jitter, 3000 - 20, 5900);
        Assert.InRange((second.Timestamp - first.Timestamp).TotalMilliseconds, 6000 - 20, 8900);
    }
}
