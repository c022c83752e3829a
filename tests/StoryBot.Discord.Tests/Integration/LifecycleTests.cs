using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Tests.Integration;

public class LifecycleTests
{
    [Fact]
    public async Task Start_FullLifecycle_IdentifiesHeartbeatsRegistersAndAnswers()
    {
        await using var h = await DiscordHarness.StartAsync();

        // Connected to GET /gateway/bot's URL with v=10 and JSON.
        var connection = Assert.Single(h.Fake.Connections);
        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);

        // IDENTIFY: token, GUILDS only, properties, shard [0, 1].
        var identify = await h.Fake.WaitForFrameAsync(f => f.Direction == FrameDirection.Received && f.Op == 2, DiscordHarness.Timeout());
        var d = identify.Payload!["d"]!;
        Assert.Equal(1, d["intents"]!.GetValue<int>());
        Assert.Equal([0, 1], d["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal("StoryBot", d["properties"]!["browser"]!.GetValue<string>());

        // Heartbeats carry the last sequence and are acknowledged.
        var mark = h.Fake.LastFrameSequence;
        var heartbeat = await h.Fake.WaitForFrameAsync(f => f.Sequence > mark && f.Direction == FrameDirection.Received && f.Op == 1, DiscordHarness.Timeout());
        Assert.True(heartbeat.Payload!["d"]!.GetValue<long>() >= 1);

        // READY reached the event handler with the application id; commands were registered once.
        await h.WaitUntilAsync(() => !h.Log.Readies.IsEmpty);
        Assert.Equal(h.Fake.Options.ApplicationId, h.Log.Readies.Single().ApplicationId);
        await h.Fake.WaitForRequestAsync(r => r.Method == "PUT" && r.Route == "PUT /applications/{application_id}/commands", DiscordHarness.Timeout());
        Assert.Equal(5, h.Fake.GlobalCommands.Count);

        // A slash command gets a type 4 answer that pings nobody.
        var interaction = await h.SlashAsync("ping");
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Timeout());
        Assert.Equal(4, callback.Type);
        Assert.Equal(204, callback.Status);
        Assert.Empty(callback.Data!["allowed_mentions"]!["parse"]!.AsArray());

        h.AssertNoSchemaViolations();
        h.AssertNoSecretsLogged();
    }

    [Fact]
    public async Task Restart_SameCommands_NotOverwrittenAgain()
    {
        await using var first = await DiscordHarness.StartAsync();
        await first.Fake.WaitForRequestAsync(r => r.Method == "PUT", DiscordHarness.Timeout());
        await first.Host.StopAsync(DiscordHarness.Timeout());

        var mark = first.Fake.Requests.Max(r => r.Sequence);
        await using var second = await DiscordHarness.StartAsync(existingFake: first.Fake);
        await second.Fake.WaitForRequestAsync(r => r.Method == "GET" && r.Route == "GET /applications/{application_id}/commands" && r.Sequence > mark, DiscordHarness.Timeout());

        Assert.Single(second.Fake.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task DevGuild_CommandsRegisteredForGuildOnly()
    {
        await using var h = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:DevGuildId"] = "1100000000000000100" });

        await h.Fake.WaitForRequestAsync(r => r.Route == "PUT /applications/{application_id}/guilds/{guild_id}/commands", DiscordHarness.Timeout());

        Assert.Equal(5, h.Fake.GuildCommands(1100000000000000100).Count);
        Assert.Empty(h.Fake.GlobalCommands);
    }

    [Fact]
    public async Task ServerHeartbeatRequest_AnsweredAtOnce()
    {
        await using var h = await DiscordHarness.StartAsync(o => o.HeartbeatIntervalMs = 60_000);
        var mark = h.Fake.LastFrameSequence;

        await h.Fake.RequestHeartbeatAsync(DiscordHarness.Timeout());

        var answer = await h.Fake.WaitForFrameAsync(f => f.Sequence > mark && f.Direction == FrameDirection.Received && f.Op == 1, DiscordHarness.Timeout());
        Assert.NotNull(answer);
    }

    [Fact]
    public async Task Subcommand_Autocomplete_AndButton_Routed()
    {
        await using var h = await DiscordHarness.StartAsync();

        var auto = await h.DispatchAsync(InteractionBuilders.Autocomplete("ping", "query", "dun"));
        var autoCallback = await h.Fake.WaitForCallbackAsync(auto.Id, DiscordHarness.Timeout());
        Assert.Equal(8, autoCallback.Type);
        Assert.Equal(25, autoCallback.Data!["choices"]!.AsArray().Count);

        var press = await h.DispatchAsync(InteractionBuilders.ButtonPress("vote:3", userId: 1234));
        var pressCallback = await h.Fake.WaitForCallbackAsync(press.Id, DiscordHarness.Timeout());
        Assert.Equal(7, pressCallback.Type);
        Assert.Empty(pressCallback.Data!["allowed_mentions"]!["parse"]!.AsArray());

        h.AssertNoSchemaViolations();
    }

    [Fact]
    public async Task HandlerThrows_UserGetsEphemeralError_HostKeepsRunning()
    {
        await using var h = await DiscordHarness.StartAsync();

        var boom = await h.SlashAsync("boom");
        var callback = await h.Fake.WaitForCallbackAsync(boom.Id, DiscordHarness.Timeout());
        Assert.Equal(4, callback.Type);
        Assert.Equal(64, callback.Data!["flags"]!.GetValue<int>() & 64);

        var ping = await h.SlashAsync("ping");
        Assert.Equal(4, (await h.Fake.WaitForCallbackAsync(ping.Id, DiscordHarness.Timeout())).Type);
        Assert.Contains(h.Logs.Lines, l => l.Contains("handler failed", StringComparison.Ordinal) && l.Contains(boom.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        h.AssertNoSecretsLogged();
    }
}
