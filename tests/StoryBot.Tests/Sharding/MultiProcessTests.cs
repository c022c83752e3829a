using System.Globalization;
using StoryBot.Data.Storage;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;

namespace StoryBot.Tests.Sharding;

/// <summary>
/// Three real bot processes (shards 0, 1, 2 of 3) on one PostgreSQL store and a fake Discord with 60 servers, each with
/// a chapter of the day due: 1,500 interactions spread over the servers with gateway faults, and shard 1's process
/// SIGKILLed half-way while one of its daily posts is in flight, then restarted. Bounded: a few minutes at most.
/// </summary>
public sealed class MultiProcessTests
{
    internal const int Servers = 60;
    private const int Interactions = 1500;
    internal const ulong FirstChannel = 9_000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    /// <summary>Server <paramref name="i"/>'s id; its shard of 3 is <c>(100 + i) % 3</c>, so server 0 is on shard 1.</summary>
    internal static ulong Guild(int i) => (100UL + (ulong)i) << 22;

    internal static IReadOnlyList<(ulong Guild, ulong Channel)> AllServers =>
        [.. Enumerable.Range(0, Servers).Select(i => (Guild(i), FirstChannel + (ulong)i))];

    /// <summary>The fake with every server and its channel; lean (no bodies kept) and patient (60 s to answer).</summary>
    internal static FakeDiscordOptions Options(int shards)
    {
        // The test is about exactly-once, not latency: a loaded CI machine must not turn slow answers into lost ones.
        var options = new FakeDiscordOptions { Shards = shards, MaxConcurrency = 1, GuildId = Guild(0), InteractionResponseWindow = TimeSpan.FromSeconds(60) }.UseLeanMode();
        foreach (var (guild, channel) in AllServers)
        {
            if (guild != Guild(0))
            {
                options.ExtraGuildIds.Add(guild);
            }

            options.Channels.Add(new FakeChannel { Id = channel, GuildId = guild });
        }

        return options;
    }

    [MultiProcessFact]
    public async Task ThreeProcesses_FaultsAndAKillMidPost_EveryInteractionAnsweredOnceEveryServerPostedOnceIdentifyRulesKept()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var ct = timeout.Token;
        await using var cluster = await BotCluster.StartAsync(Options(shards: 3), DatabaseProvider.Postgres, ct);
        var fake = cluster.Fake;
        await DailyServers.ScheduleAsync(cluster.Library, AllServers);

        // Server 0 (shard 1) gets its daily message created, but the answer never reaches the bot: killed mid-post.
        var heldChannel = FirstChannel;
        fake.HoldNextResponse("POST", DailyServers.MessagesPath(heldChannel));

        var bots = new BotProcess[3];
        for (var shard = 0; shard < 3; shard++)
        {
            bots[shard] = cluster.Start(shard.ToString(CultureInfo.InvariantCulture), shardCount: 3, processCount: 3);
        }

        await cluster.WaitUntilAsync(() => fake.ShardsWithSession.Count == 3 && fake.Identifies.Count == 3, "three shards are up", ct);

        var sent = new List<ulong>();
        await DispatchAsync(fake, 0, 500, sent, ct);
        await fake.DropConnectionAsync(ct);                            // a resume
        await DispatchAsync(fake, 500, 700, sent, ct);
        await cluster.WaitForCallbacksAsync(sent, ct);
        await cluster.WaitUntilAsync(() => DailyServers.PostsTo(fake, heldChannel) == 1, "shard 1 sent server 0's daily post", ct);

        // SIGKILL shard 1's process with that post unconfirmed; a new one identifies (a new session) and takes over.
        var identifies = fake.Identifies.Count;
        await BotCluster.KillAsync(bots[1]);
        bots[1] = cluster.Start("1", shardCount: 3, processCount: 3);
        await cluster.WaitUntilAsync(() => fake.Identifies.Count > identifies && fake.ShardsWithSession.Contains(1), "shard 1 is back", ct);

        await DispatchAsync(fake, 700, 1100, sent, ct);
        await fake.SendReconnectAsync(ct);                             // op 7 on the newest connection
        await DispatchAsync(fake, 1100, Interactions, sent, ct);
        await cluster.WaitForCallbacksAsync(sent, ct);
        await cluster.WaitUntilAsync(async () => await DailyServers.CountSentAsync(cluster.Library) == Servers, "every daily post is recorded as sent", ct);

        var callbacks = fake.Callbacks;
        Assert.Equal(Interactions, sent.Distinct().Count());
        foreach (var id in sent)
        {
            Assert.Single(callbacks, c => c.InteractionId == id && c.Status is >= 200 and < 300);
        }

        // Exactly one chapter of the day per server; the killed post was resent with its nonce and Discord kept one.
        await DailyServers.AssertOnePostEachAsync(fake, cluster.Library, AllServers);
        Assert.Equal(2, DailyServers.PostsTo(fake, heldChannel));

        Assert.Empty(fake.IdentifyViolations);
        Assert.Equal(2, fake.Identifies.Count(i => i.ShardId == 1));
    }

    /// <summary>Interactions <paramref name="from"/>..<paramref name="to"/>, server <c>i % 60</c> each (so every shard gets a third).</summary>
    internal static async Task DispatchAsync(FakeDiscordServer fake, int from, int to, List<ulong> sent, CancellationToken ct)
    {
        for (var i = from; i < to; i++)
        {
            var server = i % Servers;
            var d = InteractionBuilders.SlashCommand("help", userId: 5000UL + (ulong)(i % 17), channelId: FirstChannel + (ulong)server);
            d["guild_id"] = Guild(server).ToString(CultureInfo.InvariantCulture);
            var interaction = await fake.DispatchInteractionAsync(d, ct);
            sent.Add(interaction.Id);
        }
    }
}
