using System.Globalization;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;

namespace StoryBot.Discord.Tests.Fake;

/// <summary>The fake's sharding: GET /gateway/bot, IDENTIFY's shard, routing by guild, DMs on shard 0, the identify rate.</summary>
public sealed class FakeShardingTests : FakeTestBase
{
    /// <summary>Guild ids whose shard (of 2) is 0 and 1: <c>(id &gt;&gt; 22) % 2</c>.</summary>
    private const ulong GuildOnShard0 = 10UL << 22;
    private const ulong GuildOnShard1 = 11UL << 22;

    [Fact]
    public async Task GatewayBot_Sharded_ReportsShardsAndSessionStartLimit()
    {
        await using var fake = await StartAsync(o => { o.Shards = 3; o.MaxConcurrency = 2; o.SessionStartLimit = 100; });
        using var http = Http(fake);

        var body = await ReadJsonAsync(await http.GetAsync(new Uri("gateway/bot", UriKind.Relative)));

        Assert.Equal(3, body!["shards"]!.GetValue<int>());
        var limit = body["session_start_limit"]!;
        Assert.Equal(100, limit["total"]!.GetValue<int>());
        Assert.Equal(100, limit["remaining"]!.GetValue<int>());
        Assert.Equal(2, limit["max_concurrency"]!.GetValue<int>());
        Assert.True(limit["reset_after"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Identify_FewerShardsThanRequired_Closes4011()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.Shards = 2);
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Identify(Token, 1, new JsonArray(0, 1)), ct);

        Assert.Equal(4011, await client.ReceiveCloseAsync(ct));
    }

    [Fact]
    public async Task Identify_ShardIdNotBelowCount_Closes4010()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.Shards = 2);
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Identify(Token, 1, new JsonArray(2, 2)), ct);

        Assert.Equal(4010, await client.ReceiveCloseAsync(ct));
    }

    [Fact]
    public async Task Dispatch_TwoShards_EventsGoToTheGuildsShardAndDmsToShard0()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o =>
        {
            o.Shards = 2;
            o.MaxConcurrency = 2;
            o.GuildId = GuildOnShard0;
            o.ExtraGuildIds.Add(GuildOnShard1);
            o.Channels.Add(new FakeChannel { Id = 500, GuildId = GuildOnShard0 });
            o.Channels.Add(new FakeChannel { Id = 501, GuildId = GuildOnShard1 });
        });
        await using var shard0 = await IdentifyAsync(fake, 0, 2, ct);
        await using var shard1 = await IdentifyAsync(fake, 1, 2, ct);

        Assert.Equal([0, 1], fake.ShardsWithSession);
        var onShard1 = await fake.DispatchInteractionAsync(Slash(GuildOnShard1, 501), ct);
        var onShard0 = await fake.DispatchInteractionAsync(Slash(GuildOnShard0, 500), ct);
        var dm = await fake.DispatchInteractionAsync(InteractionBuilders.SlashCommand("help"), ct);

        Assert.Equal(onShard1.Id.ToString(CultureInfo.InvariantCulture), (await NextInteractionAsync(shard1, ct))["id"]!.GetValue<string>());
        Assert.Equal(onShard0.Id.ToString(CultureInfo.InvariantCulture), (await NextInteractionAsync(shard0, ct))["id"]!.GetValue<string>());
        Assert.Equal(dm.Id.ToString(CultureInfo.InvariantCulture), (await NextInteractionAsync(shard0, ct))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_TwoShards_ListsOnlyTheShardsGuilds()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => { o.Shards = 2; o.MaxConcurrency = 2; o.GuildId = GuildOnShard0; o.ExtraGuildIds.Add(GuildOnShard1); });
        await using var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);

        await client.SendAsync(RawGatewayClient.Identify(Token, 1, new JsonArray(1, 2)), ct);
        var ready = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "READY", ct);

        var guild = Assert.Single(ready["d"]!["guilds"]!.AsArray());
        Assert.Equal(GuildOnShard1.ToString(CultureInfo.InvariantCulture), guild!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dispatch_ShardWithoutSession_Throws()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => { o.Shards = 2; o.GuildId = GuildOnShard0; o.ExtraGuildIds.Add(GuildOnShard1); });
        await using var shard0 = await IdentifyAsync(fake, 0, 2, ct);

        var error = await Assert.ThrowsAsync<NoShardSessionException>(() => fake.DispatchInteractionAsync(Slash(GuildOnShard1, 501), ct));
        Assert.Equal(1, error.ShardId);
    }

    [Fact]
    public async Task Identify_SameRateLimitKeyWithin5Seconds_IsAViolation()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => { o.Shards = 2; o.MaxConcurrency = 1; });
        await using var shard0 = await IdentifyAsync(fake, 0, 2, ct);
        await using var shard1 = await IdentifyAsync(fake, 1, 2, ct);

        var violation = Assert.Single(fake.IdentifyViolations);
        Assert.Contains("rate-limit key 0", violation, StringComparison.Ordinal);
        Assert.Equal([0, 1], fake.Identifies.Select(i => i.ShardId));
    }

    [Fact]
    public async Task Identify_DifferentRateLimitKeys_NoViolation()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => { o.Shards = 2; o.MaxConcurrency = 2; });
        await using var shard0 = await IdentifyAsync(fake, 0, 2, ct);
        await using var shard1 = await IdentifyAsync(fake, 1, 2, ct);

        Assert.Empty(fake.IdentifyViolations);
        Assert.Equal([0, 1], fake.Identifies.Select(i => i.RateLimitKey));
    }

    [Fact]
    public async Task Identify_NoSessionStartsLeft_IsAViolation()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.SessionStartLimit = 0);
        await using var client = await IdentifyAsync(fake, 0, 1, ct);

        Assert.Contains(fake.IdentifyViolations, v => v.Contains("no session starts remaining", StringComparison.Ordinal));
    }

    private static JsonObject Slash(ulong guildId, ulong channelId)
    {
        var d = InteractionBuilders.SlashCommand("help", channelId: channelId);
        d["guild_id"] = guildId.ToString(CultureInfo.InvariantCulture);
        return d;
    }

    private static async Task<RawGatewayClient> IdentifyAsync(FakeDiscordServer fake, int shardId, int shardCount, CancellationToken ct)
    {
        var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        await client.ReceiveAsync(ct);
        await client.SendAsync(RawGatewayClient.Identify(Token, 1, new JsonArray(shardId, shardCount)), ct);
        await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "READY", ct);
        return client;
    }

    private static async Task<JsonObject> NextInteractionAsync(RawGatewayClient client, CancellationToken ct) =>
        (JsonObject)(await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct))["d"]!;
}
