using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Discord.Gateway.Events;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>
/// Protocol audit (docs/discord.md "Protocol audit"): gateway behaviour a documentation-following server may show and
/// our fake did not.
/// </summary>
public class GatewayAuditTests
{
    [Fact]
    public async Task Messages_SplitAcrossManyWebSocketFrames_Reassembled()
    {
        // RFC 6455 §5.4: a message may be fragmented into continuation frames; HELLO, READY, GUILD_CREATE and a large
        // event all arrive 7 bytes at a time.
        await using var h = await DiscordHarness.StartAsync(o => o.GatewayFrameBytes = 7);
        var members = new JsonArray();
        for (var i = 0; i < 500; i++)
        {
            members.Add(new JsonObject { ["user"] = new JsonObject { ["id"] = (1_300_000_000_000_000_000UL + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture), ["username"] = "m" + i } });
        }

        await h.Fake.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "9200", ["name"] = "Split", ["member_count"] = 500, ["members"] = members }, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Log.GuildEvents.OfType<GuildCreateEvent>().Any(e => e.GuildId == 9200));

        var ping = await h.SlashAsync("ping");
        Assert.Equal(204, (await h.Fake.WaitForCallbackAsync(ping.Id, DiscordHarness.Timeout())).Status);
        Assert.Single(h.Fake.Connections);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatch_SequenceBeyondInt32_TrackedAndSentInHeartbeat()
    {
        // gateway-events.mdx "Payload Structure": "s | ?integer" — no bound. Read as a 32-bit int, a larger sequence
        // made every frame unreadable (skipped), so nothing more was handled and heartbeats carried a stale seq.
        await using var h = await DiscordHarness.StartAsync(o => o.HeartbeatIntervalMs = 60_000);
        const long Big = 3_000_000_000;
        await h.Fake.SendRawFrameAsync(new JsonObject { ["op"] = 0, ["t"] = "AUDIT_EVENT", ["s"] = Big, ["d"] = new JsonObject() }, DiscordHarness.Timeout());
        var mark = h.Fake.LastFrameSequence;

        await h.Fake.RequestHeartbeatAsync(DiscordHarness.Timeout());

        var answer = await h.Fake.WaitForFrameAsync(f => f.Sequence > mark && f.Direction == FrameDirection.Received && f.Op == 1, DiscordHarness.Timeout());
        Assert.Equal(Big, answer.Payload!["d"]!.GetValue<long>());
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("not a gateway payload", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_ApplicationFlagsBeyondInt32_Accepted()
    {
        // gateway-events.mdx "Ready": "application | partial application object | Contains id and flags"; flags is
        // a bit field (application.mdx) that may use bits above 31. A 32-bit read made READY unreadable (skipped).
        await using var h = await DiscordHarness.StartAsync();
        await h.Fake.SendRawFrameAsync(new JsonObject
        {
            ["op"] = 0,
            ["t"] = "READY",
            ["s"] = null,
            ["d"] = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = "1100000000000000001", ["username"] = "bot", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = h.Fake.SessionId,
                ["resume_gateway_url"] = h.Fake.ResumeGatewayUrl,
                ["shard"] = new JsonArray(0, 1),
                ["application"] = new JsonObject { ["id"] = "1100000000000000001", ["flags"] = 1L << 40 },
            },
        }, DiscordHarness.Timeout());

        await h.WaitUntilAsync(() => h.Log.Readies.Count >= 2);
        Assert.Equal(1100000000000000001UL, h.Log.Readies.Last().ApplicationId);
    }

    [Fact]
    public async Task Ready_ResumeGatewayUrlNotAWebSocketUrl_ResumesOnTheGatewayUrl()
    {
        // gateway-events.mdx "Ready": "resume_gateway_url | string | Gateway URL for resuming connections". A URL
        // ClientWebSocket cannot open (ArgumentException) escaped the connection and stopped the host.
        await using var h = await DiscordHarness.StartAsync();
        await h.Fake.SendRawFrameAsync(new JsonObject
        {
            ["op"] = 0,
            ["t"] = "READY",
            ["s"] = null,
            ["d"] = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = "1100000000000000001", ["username"] = "bot", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = h.Fake.SessionId,
                ["resume_gateway_url"] = "https://gateway.example/resume",
                ["application"] = new JsonObject { ["id"] = "1100000000000000001" },
            },
        }, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Log.Readies.Count >= 2);
        var mark = h.Fake.LastFrameSequence;

        await h.Fake.DropConnectionAsync(DiscordHarness.Timeout());
        var session = await h.Fake.WaitForSessionAsync(mark, DiscordHarness.Timeout());

        Assert.Equal("RESUMED", session.EventName);
        Assert.Equal("/gateway", h.Fake.Connections.Single(c => c.Id == session.ConnectionId).Path);
        Assert.False(h.FatalSink.Fatal.Task.IsCompleted);
    }

    [Fact]
    public async Task Resume_ResumeGatewayUrlWithItsOwnQuery_KeptWithVersionAndEncoding()
    {
        // gateway.mdx "Preparing to Resume": open resume_gateway_url "with the same query parameters from the initial
        // Connection". A server's own parameters on that URL (a region, a routing key) were dropped.
        await using var h = await DiscordHarness.StartAsync();
        await h.Fake.SendRawFrameAsync(new JsonObject
        {
            ["op"] = 0,
            ["t"] = "READY",
            ["s"] = null,
            ["d"] = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = "1100000000000000001", ["username"] = "bot", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = h.Fake.SessionId,
                ["resume_gateway_url"] = h.Fake.ResumeGatewayUrl + "?region=eu-1&v=6",
                ["application"] = new JsonObject { ["id"] = "1100000000000000001" },
            },
        }, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Log.Readies.Count >= 2);
        var mark = h.Fake.LastFrameSequence;

        await h.Fake.DropConnectionAsync(DiscordHarness.Timeout());
        var session = await h.Fake.WaitForSessionAsync(mark, DiscordHarness.Timeout());

        Assert.Equal("RESUMED", session.EventName);
        var resumed = h.Fake.Connections.Single(c => c.Id == session.ConnectionId);
        Assert.Equal("/gateway-resume", resumed.Path);
        Assert.Equal("?v=10&encoding=json&region=eu-1", resumed.Query);
    }

    [Fact]
    public async Task Ready_NullEntryInGuilds_ReadyTakenConnectionKept()
    {
        // gateway-events.mdx "Ready": "guilds | array of Unavailable Guild objects". A null entry threw a
        // NullReferenceException out of the read loop, which ended the gateway service and the host.
        await using var h = await DiscordHarness.StartAsync();
        var connections = h.Fake.Connections.Count;
        await h.Fake.SendRawFrameAsync(new JsonObject
        {
            ["op"] = 0,
            ["t"] = "READY",
            ["s"] = null,
            ["d"] = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = "1100000000000000001", ["username"] = "bot", ["bot"] = true },
                ["guilds"] = new JsonArray(null, new JsonObject { ["id"] = "9300", ["unavailable"] = true }),
                ["session_id"] = h.Fake.SessionId,
                ["resume_gateway_url"] = h.Fake.ResumeGatewayUrl,
                ["application"] = new JsonObject { ["id"] = "1100000000000000001" },
            },
        }, DiscordHarness.Timeout());

        await h.WaitUntilAsync(() => h.Log.Readies.Count >= 2);
        Assert.Contains(9300UL, h.Log.Readies.Last().GuildIds);
        var ping = await h.SlashAsync("ping");
        Assert.Equal(204, (await h.Fake.WaitForCallbackAsync(ping.Id, DiscordHarness.Timeout())).Status);
        Assert.Equal(connections, h.Fake.Connections.Count);
    }
}
