using System.Globalization;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Sharding;

/// <summary>
/// Three real bot processes (shards 0, 1, 2 of 3) on one store and a fake Discord with 60 servers: 1,500 interactions
/// spread over the servers with gateway faults, one process SIGKILLed and restarted half-way. Bounded: a few minutes at most.
/// </summary>
public sealed class MultiProcessTests
{
    private const int Servers = 60;
    private const int Interactions = 1500;
    private const ulong FirstChannel = 9_000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    private static ulong Guild(int i) => (100UL + (ulong)i) << 22;

    [MultiProcessFact]
    public async Task ThreeProcesses_FaultsAndAKill_EveryInteractionAnsweredOnceAndIdentifyRulesKept()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var ct = timeout.Token;
        // The test is about exactly-once, not latency: a loaded CI machine must not turn slow answers into lost ones.
        var options = new FakeDiscordOptions { Shards = 3, MaxConcurrency = 1, GuildId = Guild(0), InteractionResponseWindow = TimeSpan.FromSeconds(60) }.UseLeanMode();
        for (var i = 0; i < Servers; i++)
        {
            if (i > 0)
            {
                options.ExtraGuildIds.Add(Guild(i));
            }

            options.Channels.Add(new FakeChannel { Id = FirstChannel + (ulong)i, GuildId = Guild(i) });
        }

        await using var fake = await FakeDiscordServer.StartAsync(options, ct);
        await using var library = await TestLibrary.CreateAsync();
        var bots = new BotProcess?[3];
        try
        {
            for (var shard = 0; shard < 3; shard++)
            {
                bots[shard] = Start(fake, library, shard);
            }

            await WaitUntilAsync(() => fake.ShardsWithSession.Count == 3 && fake.Identifies.Count == 3, ct, bots);

            var sent = new List<ulong>();
            await DispatchAsync(fake, 0, 500, sent, ct);
            await fake.DropConnectionAsync(ct);                            // a resume
            await DispatchAsync(fake, 500, 700, sent, ct);
            await WaitForCallbacksAsync(fake, sent, ct, bots);

            // SIGKILL shard 1's process; a new one identifies (a new session) and takes over.
            var identifies = fake.Identifies.Count;
            bots[1]!.Kill();
            await bots[1]!.DisposeAsync();
            bots[1] = Start(fake, library, 1);
            await WaitUntilAsync(() => fake.Identifies.Count > identifies && fake.ShardsWithSession.Contains(1), ct, bots);

            await DispatchAsync(fake, 700, 1100, sent, ct);
            await fake.SendReconnectAsync(ct);                             // op 7 on the newest connection
            await DispatchAsync(fake, 1100, Interactions, sent, ct);
            await WaitForCallbacksAsync(fake, sent, ct, bots);

            var callbacks = fake.Callbacks;
            Assert.Equal(Interactions, sent.Distinct().Count());
            foreach (var id in sent)
            {
                Assert.Single(callbacks, c => c.InteractionId == id && c.Status is >= 200 and < 300);
            }

            Assert.Empty(fake.IdentifyViolations);
            Assert.Equal(2, fake.Identifies.Count(i => i.ShardId == 1));
        }
        finally
        {
            foreach (var bot in bots)
            {
                if (bot is not null)
                {
                    await bot.DisposeAsync();
                }
            }
        }
    }

    private static BotProcess Start(FakeDiscordServer fake, TestLibrary library, int shard) =>
        BotProcess.Start(library.Directory, new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["Discord__Token"] = fake.Options.Token,
            ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord__Shards"] = shard.ToString(CultureInfo.InvariantCulture),
            ["Discord__ShardCount"] = "3",
            ["Discord__Processes"] = "3",
            ["Discord__ReconnectBaseDelay"] = "00:00:00.100",
            ["ConnectionStrings__Stories"] = library.ConnectionString,
            ["Stories__ImportOnStart"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        });

    /// <summary>Interactions <paramref name="from"/>..<paramref name="to"/>, server <c>i % 60</c> each (so every shard gets a third).</summary>
    private static async Task DispatchAsync(FakeDiscordServer fake, int from, int to, List<ulong> sent, CancellationToken ct)
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

    private static async Task WaitForCallbacksAsync(FakeDiscordServer fake, List<ulong> sent, CancellationToken ct, BotProcess?[] bots)
    {
        try
        {
            foreach (var id in sent)
            {
                await fake.WaitForCallbackAsync(id, ct);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("Not every interaction was answered in time.\n" + Outputs(bots));
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct, BotProcess?[] bots)
    {
        try
        {
            while (!condition())
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("The shards did not come up in time.\n" + Outputs(bots));
        }
    }

    private static string Outputs(BotProcess?[] bots) =>
        string.Join("\n", bots.Select((b, i) => $"--- shard {i} ---\n{b?.Output}"));
}
