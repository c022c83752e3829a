using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Discord.Gateway.Events;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>Gateway payloads as another implementation (or a future Discord) may send them.</summary>
public class GatewayToleranceTests
{
    [Fact]
    public async Task GuildDelete_UnavailableTrue_IsOutageNotRemoval()
    {
        // gateway-events.mdx "Guild Delete": "If the `unavailable` field is not set, the user was removed from the guild."
        await using var h = await DiscordHarness.StartAsync();

        await h.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = "9001", ["unavailable"] = true }, DiscordHarness.Timeout());
        await h.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = "9002" }, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Log.GuildEvents.OfType<GuildDeleteEvent>().Count() >= 2);

        Assert.Equal([new GuildDeleteEvent(9001, true), new GuildDeleteEvent(9002, false)], h.Log.GuildEvents.OfType<GuildDeleteEvent>());
    }

    [Fact]
    public async Task Dispatch_UnreadableAndUnknownPayloads_SkippedWithoutReconnecting()
    {
        // gateway-events.mdx payload structure: "d | ?mixed (any JSON value) | Event data"; "t ... null when op is not 0".
        // An event we cannot read must not drop the connection: Discord would replay it on RESUME, for ever.
        await using var h = await DiscordHarness.StartAsync();
        var connections = h.Fake.Connections.Count;

        await h.Fake.DispatchAsync("SOME_EVENT_FROM_THE_FUTURE", new JsonObject { ["x"] = 1 }, DiscordHarness.Timeout());
        await h.Fake.DispatchAsync("GUILD_CREATE", null, DiscordHarness.Timeout());
        await h.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = new JsonObject() }, DiscordHarness.Timeout());
        await h.Fake.DispatchAsync("INTERACTION_CREATE", new JsonObject { ["id"] = "77", ["type"] = "two", ["token"] = "t" }, DiscordHarness.Timeout());
        await h.Fake.SendRawFrameAsync(new JsonObject { ["op"] = 42, ["d"] = new JsonObject { ["new"] = "opcode" } }, DiscordHarness.Timeout());
        await h.Fake.SendRawFrameAsync(new JsonObject { ["op"] = 0, ["t"] = "MESSAGE_CREATE", ["s"] = null, ["d"] = new JsonArray() }, DiscordHarness.Timeout());

        var ping = await h.SlashAsync("ping");
        Assert.Equal(204, (await h.Fake.WaitForCallbackAsync(ping.Id, DiscordHarness.Timeout())).Status);
        Assert.Equal(connections, h.Fake.Connections.Count);
        Assert.False(h.FatalSink.Fatal.Task.IsCompleted);
        Assert.Contains(h.Logs.Lines, l => l.Contains("GUILD_CREATE", StringComparison.Ordinal) && l.Contains("skipped", StringComparison.Ordinal));
        h.AssertNoSecretsLogged();
    }

    [Fact]
    public async Task Ready_WithoutResumeGatewayUrl_ResumesOnTheGatewayUrl()
    {
        // gateway-events.mdx "Ready": "resume_gateway_url | string | Gateway URL for resuming connections". An
        // implementation that leaves it out must not stop the shard; we resume on the URL we connected to.
        await using var h = await DiscordHarness.StartAsync();
        var sessionId = h.Fake.SessionId!;
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
                ["session_id"] = sessionId,
                ["application"] = new JsonObject { ["id"] = "1100000000000000001" },
            },
        }, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Logs.Lines.Count(l => l.Contains("Gateway READY as", StringComparison.Ordinal)) >= 2);
        var mark = h.Fake.LastFrameSequence;

        await h.Fake.DropConnectionAsync(DiscordHarness.Timeout());
        var session = await h.Fake.WaitForSessionAsync(mark, DiscordHarness.Timeout());

        Assert.Equal("RESUMED", session.EventName);
        Assert.Equal("/gateway", h.Fake.Connections.Single(c => c.Id == session.ConnectionId).Path);
        Assert.False(h.FatalSink.Fatal.Task.IsCompleted);
        var ping = await h.SlashAsync("ping");
        Assert.Equal(204, (await h.Fake.WaitForCallbackAsync(ping.Id, DiscordHarness.Timeout())).Status);
    }

    [Fact]
    public async Task GuildCreate_LargeServerAndOutageShape_BothReported()
    {
        // gateway-events.mdx "Guild Create": a large guild with members, channels, threads… in one payload; "During an
        // outage, the guild object ... may be marked as unavailable" ("An unavailable Guild: an unavailable guild object").
        await using var h = await DiscordHarness.StartAsync();
        var members = new JsonArray();
        for (var i = 0; i < 20_000; i++)
        {
            members.Add(new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = (1_200_000_000_000_000_000UL + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture), ["username"] = "member" + i, ["avatar"] = null },
                ["roles"] = new JsonArray("1", "2"),
                ["joined_at"] = "2021-01-01T00:00:00+00:00",
            });
        }

        await h.Fake.DispatchAsync("GUILD_CREATE", new JsonObject
        {
            ["id"] = "9100", ["name"] = "Huge", ["member_count"] = 250_000, ["large"] = true, ["members"] = members,
            ["channels"] = new JsonArray(), ["threads"] = new JsonArray(), ["unknown_new_thing"] = new JsonObject(),
        }, DiscordHarness.Timeout());
        await h.Fake.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "9101", ["unavailable"] = true }, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Log.GuildEvents.OfType<GuildCreateEvent>().Count(e => e.GuildId is 9100 or 9101) >= 2);

        Assert.Contains(new GuildCreateEvent(9100, "Huge", 250_000), h.Log.GuildEvents);
        Assert.Contains(new GuildCreateEvent(9101, "", null), h.Log.GuildEvents);
        var ping = await h.SlashAsync("ping");
        Assert.Equal(204, (await h.Fake.WaitForCallbackAsync(ping.Id, DiscordHarness.Timeout())).Status);
    }
}
