using System.Globalization;
using StoryBot.Data.Coordination;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Coordination;

/// <summary>
/// The shared-state row that bot processes change under one lock (the identify ledger): concurrent writers, each with
/// its own connection as separate processes have, never lose an update nor read a stale value.
/// </summary>
public abstract class SharedStateStoreTests
{
    private const int Writers = 4;
    private const int UpdatesEach = 25;

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task UpdateAsync_ConcurrentWritersOnAFreshStore_EveryUpdateSeesTheLastOne()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // Each writer has its own store object (its own connections), as separate processes would; the table does not
        // exist yet, so the first calls also race to create it.
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            var shared = new SharedStateStore(new StoryContextFactory(new StoreConnection(Provider, store.ConnectionString)));
            var seen = new List<int>();
            for (var i = 0; i < UpdatesEach; i++)
            {
                seen.Add(await shared.UpdateAsync("counter", Increment, timeout.Token));
            }

            return seen;
        }));
        var results = (await Task.WhenAll(writers)).SelectMany(r => r).Order().ToList();

        Assert.Equal(Enumerable.Range(1, Writers * UpdatesEach), results);
        var last = await new SharedStateStore(store.Contexts).UpdateAsync("counter", current => (current ?? "0", current), timeout.Token);
        Assert.Equal((Writers * UpdatesEach).ToString(CultureInfo.InvariantCulture), last);
    }

    [StoreFact]
    public async Task UpdateAsync_TwoNames_KeptApart()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var shared = new SharedStateStore(store.Contexts);

        await shared.UpdateAsync("a", _ => ("1", 0), CancellationToken.None);
        await shared.UpdateAsync("b", _ => ("2", 0), CancellationToken.None);
        var a = await shared.UpdateAsync("a", current => (current ?? string.Empty, current), CancellationToken.None);
        var b = await shared.UpdateAsync("b", current => (current ?? string.Empty, current), CancellationToken.None);

        Assert.Equal("1", a);
        Assert.Equal("2", b);
    }

    private static (string NewValue, int Result) Increment(string? current)
    {
        var next = (current is null ? 0 : int.Parse(current, CultureInfo.InvariantCulture)) + 1;
        return (next.ToString(CultureInfo.InvariantCulture), next);
    }
}
