using System.Globalization;
using StoryBot.Data.Storage;
using StoryBot.Discord.Fake;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Sharding;

/// <summary>
/// A fake Discord, one library (a PostgreSQL database of its own) and real bot processes on it, each started with a
/// shard range. Waits are conditions polled under the test's one hard timeout; a failed wait shows every process's output.
/// </summary>
internal sealed class BotCluster : IAsyncDisposable
{
    private readonly List<BotProcess> processes = [];

    private BotCluster(FakeDiscordServer fake, TestLibrary library)
    {
        Fake = fake;
        Library = library;
    }

    public FakeDiscordServer Fake { get; }

    public TestLibrary Library { get; }

    public static async Task<BotCluster> StartAsync(FakeDiscordOptions options, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var fake = await FakeDiscordServer.StartAsync(options, cancellationToken);
        try
        {
            return new BotCluster(fake, await TestLibrary.CreateAsync(provider: provider));
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    /// <summary>A bot process running <paramref name="shards"/> of <paramref name="shardCount"/>, one of <paramref name="processCount"/>.</summary>
    public BotProcess Start(string shards, int shardCount, int processCount)
    {
        var bot = BotProcess.Start(Library.Directory, new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["Discord__Token"] = Fake.Options.Token,
            ["Discord__ApiBaseUrl"] = Fake.ApiBaseUrl,
            ["Discord__Shards"] = shards,
            ["Discord__ShardCount"] = shardCount.ToString(CultureInfo.InvariantCulture),
            ["Discord__Processes"] = processCount.ToString(CultureInfo.InvariantCulture),
            ["Discord__ReconnectBaseDelay"] = "00:00:00.100",
            ["Database__Provider"] = Library.Provider.ToString(),
            ["ConnectionStrings__Stories"] = Library.ConnectionString,
            ["Stories__ImportOnStart"] = "false",

            // A pending daily post is resent with its nonce for up to 4 minutes (the fake remembers nonces for 5), so a
            // slow CI machine cannot turn "killed mid-post, restarted" into "abandoned".
            ["Daily__NonceWindow"] = "00:04:00",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        processes.Add(bot);
        return bot;
    }

    /// <summary>SIGKILL: no shutdown, no close frame, nothing flushed.</summary>
    public static async Task KillAsync(BotProcess bot)
    {
        bot.Kill();
        await bot.DisposeAsync();
    }

    public Task WaitUntilAsync(Func<bool> condition, string what, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, cancellationToken);

    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken)
    {
        try
        {
            while (!await condition())
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Timed out waiting until {what}.\n{Outputs()}");
        }
    }

    /// <summary>Waits for the callback of every interaction in <paramref name="sent"/>.</summary>
    public async Task WaitForCallbacksAsync(IEnumerable<ulong> sent, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var id in sent)
            {
                await Fake.WaitForCallbackAsync(id, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("Not every interaction was answered in time.\n" + Outputs());
        }
    }

    public string Outputs() =>
        string.Join("\n", processes.Select((b, i) => $"--- process {i} ---\n{b.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in processes)
        {
            await bot.DisposeAsync();
        }

        await Fake.DisposeAsync();
        await Library.DisposeAsync();
    }
}
