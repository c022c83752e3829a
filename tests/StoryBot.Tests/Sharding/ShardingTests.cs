using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Gateway;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Sharding;

/// <summary>Real bot hosts on a sharded fake Discord: several shards in one process, shards split across processes on one store.</summary>
public sealed class ShardingTests
{
    /// <summary>Guild ids on shards 0, 1 and 2 of 3: <c>(id &gt;&gt; 22) % 3</c>.</summary>
    private static readonly ulong[] Guilds = [30UL << 22, 31UL << 22, 32UL << 22];

    private static FakeDiscordOptions Options(int maxConcurrency)
    {
        var options = new FakeDiscordOptions { Shards = 3, MaxConcurrency = maxConcurrency, GuildId = Guilds[0] };
        options.ExtraGuildIds.Add(Guilds[1]);
        options.ExtraGuildIds.Add(Guilds[2]);
        for (var i = 0; i < Guilds.Length; i++)
        {
            options.Channels.Add(new FakeChannel { Id = 700UL + (ulong)i, GuildId = Guilds[i] });
        }

        return options;
    }

    [Fact]
    public async Task Start_AllShardsInOneProcess_EveryShardReadyAndAnswers()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options(maxConcurrency: 3));
        await using var library = await TestLibrary.CreateAsync();
        await using var bot = await BotHost.StartAsync(fake, library, importSeeds: false);
        var status = bot.Services.GetRequiredService<IDiscordGatewayStatus>();
        await WaitUntilAsync(() => status.Shards.Count == 3 && status.IsReady);

        Assert.Equal([0, 1, 2], fake.ShardsWithSession);
        Assert.Equal([0, 1, 2], status.Shards.Select(s => s.ShardId));
        Assert.All(status.Shards, s => Assert.Equal(1, s.GuildCount));
        for (var i = 0; i < Guilds.Length; i++)
        {
            var interaction = await fake.DispatchInteractionAsync(Slash(i));
            await fake.WaitForCallbackAsync(interaction.Id);
        }

        Assert.Empty(fake.IdentifyViolations);
    }

    [Fact]
    public async Task Start_ShardsSplitOverTwoProcessesOnOneStore_IdentifiesFiveSecondsApart()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options(maxConcurrency: 1));
        await using var library = await TestLibrary.CreateAsync();
        var first = await BotHost.StartAsync(fake, library, importSeeds: false, settings: Shards("0-1"));
        await using var _first = first;
        var second = await BotHost.StartAsync(fake, library, importSeeds: false, settings: Shards("2"));
        await using var _second = second;
        await WaitUntilAsync(() => fake.ShardsWithSession.Count == 3);

        // One rate-limit key (max_concurrency 1): three IDENTIFYs, from two hosts that share only the database, 5 s apart.
        Assert.Empty(fake.IdentifyViolations);
        Assert.Equal(3, fake.Identifies.Count);
        for (var i = 0; i < Guilds.Length; i++)
        {
            var interaction = await fake.DispatchInteractionAsync(Slash(i));
            await fake.WaitForCallbackAsync(interaction.Id);
        }
    }

    private static Dictionary<string, string?> Shards(string shards) => new()
    {
        ["Discord:Shards"] = shards,
        ["Discord:ShardCount"] = "3",
        ["Discord:Processes"] = "2",
    };

    private static System.Text.Json.Nodes.JsonObject Slash(int shard)
    {
        var d = InteractionBuilders.SlashCommand("help", channelId: 700UL + (ulong)shard);
        d["guild_id"] = Guilds[shard].ToString(CultureInfo.InvariantCulture);
        return d;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }
}
