using StoryBot.Data.Storage;

namespace StoryBot.Tests.Sharding;

/// <summary>
/// A rolling deploy: a second bot process starts on the same shard while the first still runs (both connected to the
/// gateway, both daily schedulers live, one PostgreSQL store), then the old one is SIGKILLed. Every server still gets
/// one chapter of the day: the (guild, date) claim is a primary key, the send carries the claim's nonce, the outcome is
/// recorded. The old process is stuck mid-post on server 0 (the fake holds the answer), so the new one finds that claim
/// pending and resends it with the same nonce while the old one is alive.
/// </summary>
public sealed class RollingDeployTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [MultiProcessFact]
    public async Task TwoProcessesOnOneShard_OldKilledAfterTheNewIsUp_EveryServerPostedOnce()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var ct = timeout.Token;
        await using var cluster = await BotCluster.StartAsync(MultiProcessTests.Options(shards: 1), DatabaseProvider.Postgres, ct);
        var fake = cluster.Fake;
        var servers = MultiProcessTests.AllServers;
        await DailyServers.ScheduleAsync(cluster.Library, servers);
        var heldChannel = MultiProcessTests.FirstChannel;
        fake.HoldNextResponse("POST", DailyServers.MessagesPath(heldChannel));

        var old = cluster.Start("0", shardCount: 1, processCount: 2);
        await cluster.WaitUntilAsync(() => fake.ConnectedSessions(0) == 1, "the old process is up", ct);
        await cluster.WaitUntilAsync(() => DailyServers.PostsTo(fake, heldChannel) == 1, "the old process sent server 0's daily post", ct);

        // The new version of the same shard starts while the old one runs (and hangs in server 0's post).
        cluster.Start("0", shardCount: 1, processCount: 2);
        await cluster.WaitUntilAsync(() => fake.ConnectedSessions(0) == 2, "both processes run shard 0", ct);
        await cluster.WaitUntilAsync(async () => await DailyServers.CountSentAsync(cluster.Library) == servers.Count, "every daily post is recorded as sent", ct);

        // Interactions go to the newest session; each is answered once.
        var sent = new List<ulong>();
        await MultiProcessTests.DispatchAsync(fake, 0, servers.Count, sent, ct);
        await cluster.WaitForCallbacksAsync(sent, ct);

        await BotCluster.KillAsync(old);

        await DailyServers.AssertOnePostEachAsync(fake, cluster.Library, servers);
        Assert.Equal(2, DailyServers.PostsTo(fake, heldChannel));
        foreach (var id in sent)
        {
            Assert.Single(fake.Callbacks, c => c.InteractionId == id && c.Status is >= 200 and < 300);
        }

        Assert.Empty(fake.IdentifyViolations);
        Assert.True(fake.Identifies.Count(i => i.ShardId == 0) >= 2, "each process identified shard 0");
    }
}
