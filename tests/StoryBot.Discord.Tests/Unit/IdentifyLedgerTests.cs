using StoryBot.Discord.Gateway;

namespace StoryBot.Discord.Tests.Unit;

public sealed class IdentifyLedgerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static IdentifyAttempt Attempt(int shard, double seconds, int maxConcurrency = 1, int remaining = 1000, int reserve = 2) =>
        new(shard, maxConcurrency, TimeSpan.FromSeconds(5), 1000, remaining, Start.AddHours(4), Start, reserve, Start.AddSeconds(seconds));

    [Fact]
    public void TryTake_SameKeyWithinWindow_WaitsTheRest()
    {
        var ledger = new IdentifyLedger();

        Assert.Equal(TimeSpan.Zero, ledger.TryTake(Attempt(0, 0)));
        Assert.Equal(TimeSpan.FromSeconds(3), ledger.TryTake(Attempt(1, 2)));
        Assert.Equal(TimeSpan.Zero, ledger.TryTake(Attempt(1, 5)));
    }

    [Fact]
    public void TryTake_DifferentKeys_BothAtOnce()
    {
        var ledger = new IdentifyLedger();

        Assert.Equal(TimeSpan.Zero, ledger.TryTake(Attempt(0, 0, maxConcurrency: 2)));
        Assert.Equal(TimeSpan.Zero, ledger.TryTake(Attempt(1, 0, maxConcurrency: 2)));
        Assert.NotEqual(TimeSpan.Zero, ledger.TryTake(Attempt(2, 0, maxConcurrency: 2)));
    }

    [Fact]
    public void TryTake_BudgetAtReserve_WaitsForTheReset()
    {
        var ledger = new IdentifyLedger();

        Assert.Equal(TimeSpan.Zero, ledger.TryTake(Attempt(0, 0, remaining: 3)));
        Assert.Equal(2, ledger.Remaining);

        Assert.Equal(Start.AddHours(4) - Start.AddSeconds(10), ledger.TryTake(Attempt(0, 10, remaining: 3)));
    }

    [Fact]
    public void TryTake_RoundTripsThroughJson_KeepsTheWindow()
    {
        var ledger = new IdentifyLedger();
        ledger.TryTake(Attempt(0, 0));

        var copy = IdentifyLedger.FromJson(ledger.ToJson());

        Assert.Equal(TimeSpan.FromSeconds(4), copy.TryTake(Attempt(0, 1)));
        Assert.Equal(999, copy.Remaining);
    }
}
