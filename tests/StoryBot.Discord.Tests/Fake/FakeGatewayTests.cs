using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Tests.Fake;

public class FakeGatewayTests : FakeTestBase
{
    [Fact]
    public async Task Identify_ValidToken_SendsHelloThenReadyShapedLikeDocs()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.HeartbeatIntervalMs = 12345);
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);

        var hello = await client.ReceiveAsync(ct);
        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(12345, hello["d"]!["heartbeat_interval"]!.GetValue<int>());

        await client.SendAsync(RawGatewayClient.Identify(Token), ct);
        var ready = await client.ReceiveAsync(ct);
        Assert.Equal(0, ready!["op"]!.GetValue<int>());
        Assert.Equal("READY", ready["t"]!.GetValue<string>());
        Assert.Equal(1, ready["s"]!.GetValue<long>());
        var d = ready["d"]!;
        Assert.Equal(10, d["v"]!.GetValue<int>());
        Assert.Equal(fake.Options.ApplicationId.ToString(), d["user"]!["id"]!.GetValue<string>());
        Assert.True(d["user"]!["bot"]!.GetValue<bool>());
        Assert.True(d["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.Equal(fake.SessionId, d["session_id"]!.GetValue<string>());
        Assert.Equal(fake.ResumeGatewayUrl, d["resume_gateway_url"]!.GetValue<string>());
        Assert.Equal("[0,1]", d["shard"]!.ToJsonString());
        Assert.Equal(fake.Options.ApplicationId.ToString(), d["application"]!["id"]!.GetValue<string>());
        Assert.NotNull(d["application"]!["flags"]);
    }

    [Fact]
    public async Task Heartbeat_AfterIdentify_IsAckedWithOp11()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 1 }, ct);
        var ack = await client.ReceiveAsync(ct);

        Assert.Equal(11, ack!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Heartbeat_WhenAcksStopped_GetsNoAck()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        fake.AckHeartbeats = false;

        await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 1 }, ct);
        await fake.WaitForFrameAsync(f => f.Direction == FrameDirection.Received && f.Op == 1, ct);
        await fake.DispatchAsync("TYPING_START", new JsonObject(), ct);
        var next = await client.ReceiveAsync(ct);

        Assert.Equal("TYPING_START", next!["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task RequestHeartbeat_Always_SendsOp1()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        await fake.RequestHeartbeatAsync(ct);

        Assert.Equal(1, (await client.ReceiveAsync(ct))!["op"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("wrong-token", 1, 0, 1, 4004)]
    [InlineData(Token, 1, 1, 1, 4010)]
    [InlineData(Token, 1, -1, 1, 4010)]
    [InlineData(Token, 1 << 15, 0, 1, 4014)]
    [InlineData(Token, 1 << 1, 0, 1, 4014)]
    [InlineData(Token, 1L << 40, 0, 1, 4013)]
    public async Task Identify_Invalid_ClosesWithDocumentedCode(string token, long intents, int shardId, int shardCount, int expectedClose)
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Identify(token, intents, new JsonArray(shardId, shardCount)), ct);

        Assert.Equal(expectedClose, await client.ReceiveCloseAsync(ct));
        Assert.Contains(fake.Frames, f => f.Direction == FrameDirection.ClosedByServer && f.CloseStatus == expectedClose);
    }

    [Fact]
    public async Task Identify_ApprovedPrivilegedIntent_GetsReady()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.ApprovedPrivilegedIntents = 1 << 15);
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Identify(Token, 1 | (1 << 15)), ct);

        Assert.Equal("READY", (await client.ReceiveAsync(ct))!["t"]!.GetValue<string>());
    }

    [Fact]
    public async Task Connect_WrongApiVersion_Closes4012()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct, "?v=9&encoding=json");

        Assert.Equal(4012, await client.ReceiveCloseAsync(ct));
    }

    [Fact]
    public async Task Identify_Twice_Closes4005()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        await client.SendAsync(RawGatewayClient.Identify(Token), ct);

        Assert.Equal(4005, await client.ReceiveCloseAsync(ct));
    }

    [Fact]
    public async Task Resume_AfterDrop_ReplaysMissedDispatchesThenResumed()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (first, ready) = await ConnectReadyAsync(fake, ct);
        var sessionId = ready["d"]!["session_id"]!.GetValue<string>();
        var seen = await fake.DispatchInteractionAsync(InteractionBuilders.SlashCommand("excerpt"), ct);
        var received = await first.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);
        Assert.Equal(seen.Sequence, received["s"]!.GetValue<long>());

        await fake.DropConnectionAsync(ct);
        await first.ReceiveCloseAsync(ct);
        await first.DisposeAsync();
        var missedA = await fake.DispatchInteractionAsync(InteractionBuilders.ButtonPress("next", userId: 42), ct);
        var missedB = await fake.DispatchInteractionAsync(InteractionBuilders.ButtonPress("next", userId: 43), ct);

        await using var second = await RawGatewayClient.ConnectAsync(ready["d"]!["resume_gateway_url"]!.GetValue<string>(), ct);
        Assert.Equal(10, (await second.ReceiveAsync(ct))!["op"]!.GetValue<int>());
        await second.SendAsync(RawGatewayClient.Resume(Token, sessionId, received["s"]!.GetValue<long>()), ct);

        var replayA = await second.ReceiveAsync(ct);
        var replayB = await second.ReceiveAsync(ct);
        var resumed = await second.ReceiveAsync(ct);
        Assert.Equal(missedA.Id.ToString(), replayA!["d"]!["id"]!.GetValue<string>());
        Assert.Equal(missedA.Sequence, replayA["s"]!.GetValue<long>());
        Assert.Equal(missedB.Id.ToString(), replayB!["d"]!["id"]!.GetValue<string>());
        Assert.Equal("RESUMED", resumed!["t"]!.GetValue<string>());
        Assert.Equal("/gateway-resume", fake.Connections[^1].Path);
    }

    [Fact]
    public async Task Resume_UnknownSession_GetsInvalidSessionFalse()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        await using var client = await RawGatewayClient.ConnectAsync(fake.ResumeGatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Resume(Token, "no-such-session", 3), ct);
        var invalid = await client.ReceiveAsync(ct);

        Assert.Equal(9, invalid!["op"]!.GetValue<int>());
        Assert.False(invalid["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Resume_AfterInvalidSessionFalse_GetsInvalidSessionFalse()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (first, ready) = await ConnectReadyAsync(fake, ct);
        await fake.SendInvalidSessionAsync(resumable: false, ct);
        Assert.False((await first.ReceiveAsync(ct))!["d"]!.GetValue<bool>());
        await first.DisposeAsync();

        await using var second = await RawGatewayClient.ConnectAsync(fake.ResumeGatewayUrl, ct);
        await second.ReceiveAsync(ct);
        await second.SendAsync(RawGatewayClient.Resume(Token, ready["d"]!["session_id"]!.GetValue<string>(), 1), ct);

        var answer = await second.ReceiveAsync(ct);
        Assert.Equal(9, answer!["op"]!.GetValue<int>());
        Assert.False(answer["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SendReconnect_Always_SendsOp7()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        await fake.SendReconnectAsync(ct);

        Assert.Equal(7, (await client.ReceiveAsync(ct))!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task CloseConnection_AnyCode_ClientSeesThatCode()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        await fake.CloseConnectionAsync(4009, "Session timed out", ct);

        Assert.Equal(4009, await client.ReceiveCloseAsync(ct));
    }

    [Fact]
    public async Task DispatchInteraction_Slash_PayloadHasEveryDocumentedField()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.Channels.Add(new FakeChannel { Id = 77, Name = "smut", Nsfw = true }));
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        var sent = await fake.DispatchInteractionAsync(
            InteractionBuilders.SlashCommand("excerpt", [InteractionBuilders.Option("story", "Dune")], userId: 5, channelId: 77), ct);
        var frame = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);

        var d = frame["d"]!;
        foreach (var field in new[] { "id", "application_id", "type", "data", "guild_id", "channel", "channel_id", "member", "token", "version", "app_permissions", "locale", "entitlements", "authorizing_integration_owners", "context" })
        {
            Assert.NotNull(d[field]);
        }

        Assert.Equal(sent.Token, d["token"]!.GetValue<string>());
        Assert.True(d["channel"]!["nsfw"]!.GetValue<bool>());
        Assert.Equal("5", d["member"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal("Dune", d["data"]!["options"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(1, d["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Frames_AfterSession_RecordBothDirections()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        Assert.Contains(fake.Frames, f => f.Direction == FrameDirection.Sent && f.Op == 10);
        Assert.Contains(fake.Frames, f => f.Direction == FrameDirection.Received && f.Op == 2);
        Assert.Contains(fake.Frames, f => f.Direction == FrameDirection.Sent && f.EventName == "READY");
    }

    [Fact]
    public async Task Identify_WithGuildsIntent_SendsGuildCreateAfterReady()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.Channels.Add(new FakeChannel { Id = 31, Name = "fics", Nsfw = true }));
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Identify(Token, intents: 1), ct);
        var ready = await client.ReceiveAsync(ct);
        var guild = await client.ReceiveAsync(ct);

        Assert.Equal("GUILD_CREATE", guild!["t"]!.GetValue<string>());
        Assert.Equal(ready!["s"]!.GetValue<long>() + 1, guild["s"]!.GetValue<long>());
        Assert.Equal(fake.Options.GuildId.ToString(), guild["d"]!["id"]!.GetValue<string>());
        Assert.Contains(guild["d"]!["channels"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "fics" && c["nsfw"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Payloads_MoreThanSendLimit_Closes4008()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.GatewaySendLimitPerMinute = 3);
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        for (var i = 0; i < 3; i++)
        {
            await client.SendAsync(new JsonObject { ["op"] = 1, ["d"] = 2 }, ct);
        }

        Assert.Equal(4008, await client.ReceiveCloseAsync(ct));
    }

    [Fact]
    public async Task Identify_FasterThanMaxConcurrency_GetsInvalidSession()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.EnforceIdentifyConcurrency = true);
        var (first, _) = await ConnectReadyAsync(fake, ct);
        await using var _first = first;
        await using var second = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await second.ReceiveAsync(ct);

        await second.SendAsync(RawGatewayClient.Identify(Token), ct);
        var answer = await second.ReceiveAsync(ct);

        Assert.Equal(9, answer!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Identify_Recorded_WithTokenRedacted()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        var identify = Assert.Single(fake.Frames, f => f.Direction == FrameDirection.Received && f.Op == 2);
        Assert.DoesNotContain(Token, identify.Text, StringComparison.Ordinal);
        Assert.Equal("[redacted]", identify.Payload!["d"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoHeartbeats_WithTimeoutEnforced_Closes4000AndSessionStaysResumable()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o =>
        {
            // 600 ms of silence closes it: long enough for READY and GUILD_CREATE to arrive on a loaded machine first.
            o.HeartbeatIntervalMs = 400;
            o.HeartbeatTimeoutFactor = 1.5;
        });
        var (client, ready) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;

        Assert.Equal(4000, await client.ReceiveCloseAsync(ct));
        fake.Options.HeartbeatTimeoutFactor = null;

        await using var resumed = await RawGatewayClient.ConnectAsync(fake.ResumeGatewayUrl, ct);
        await resumed.ReceiveAsync(ct);
        await resumed.SendAsync(RawGatewayClient.Resume(Token, ready["d"]!["session_id"]!.GetValue<string>(), 2), ct);
        Assert.Equal("RESUMED", (await resumed.ReceiveAsync(ct))!["t"]!.GetValue<string>());
    }
}
