using Microsoft.Extensions.DependencyInjection;
using StoryBot.Discord.Gateway;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>Preparing IDENTIFY can fail outside Discord (the bot's identify coordinator keeps its ledger in a database).</summary>
public class IdentifyFailureTests
{
    [Fact]
    public async Task Identify_CoordinatorThrowsOnce_NewConnectionIdentifies()
    {
        // The failure left the connection open and never identified (no READY, ever); when it finally dropped, the
        // handshake's exception ended the gateway service and the host.
        var coordinator = new FailingOnceCoordinator();
        await using var h = await DiscordHarness.StartAsync(configureServices: s => s.AddSingleton<IIdentifyCoordinator>(coordinator));

        Assert.True(h.Session.IsReady);
        Assert.Equal(2, coordinator.Calls);
        Assert.Equal(2, h.Fake.Connections.Count);
        Assert.False(h.FatalSink.Fatal.Task.IsCompleted);
        Assert.Contains(h.Logs.Lines, l => l.Contains("IDENTIFY could not be prepared", StringComparison.Ordinal));
    }

    private sealed class FailingOnceCoordinator : IIdentifyCoordinator
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<TimeSpan> TryIdentifyAsync(IdentifyAttempt attempt, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("database is locked")
                : Task.FromResult(TimeSpan.Zero);
    }
}
