using Microsoft.Data.Sqlite;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

/// <summary>Guards the test harness itself.</summary>
public class DailyHarnessTests
{
    [Fact]
    public async Task ConnectionString_Always_KeepsConnectionsOutOfTheProcessWidePool()
    {
        // Another test's SqliteConnection.ClearAllPools() can dispose a pooled connection while it is being opened.
        await using var h = await DailyHarness.CreateAsync(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

        Assert.False(new SqliteConnectionStringBuilder(h.ConnectionString).Pooling);
    }
}
