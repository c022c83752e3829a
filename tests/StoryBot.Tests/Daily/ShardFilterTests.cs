using StoryBot.Daily.Scheduling;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

public class ShardFilterTests
{
    [Theory]
    [InlineData(0UL, 0, 2, true)]
    [InlineData(1UL << 22, 0, 2, false)]
    [InlineData(1UL << 22, 1, 2, true)]
    [InlineData(81384788765712384UL, 0, 1, true)]
    public void Owns_GuildId_FollowsDiscordShardFormula(ulong guildId, int shardId, int shardCount, bool expected)
    {
        Assert.Equal(expected, new ShardFilter(shardId, shardCount).Owns(guildId));
    }

    [Fact]
    public async Task RunPass_SecondShard_PostsOnlyForItsServers()
    {
        const ulong shard0Guild = 5UL << 23;          // (id >> 22) % 2 == 0
        const ulong shard1Guild = (5UL << 23) | (1UL << 22);
        await using var h = await DailyHarness.CreateAsync(
            new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" });
        await h.AddStoryAsync("first", "First Story");
        h.Discord.AddChannel(10, shard0Guild);
        h.Discord.AddChannel(11, shard1Guild);
        await h.SetAsync(shard0Guild, 10, "09:00", "Europe/Berlin");
        await h.SetAsync(shard1Guild, 11, "09:00", "Europe/Berlin");

        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

        Assert.Empty(h.Discord.MessagesIn(10));
        Assert.Single(h.Discord.MessagesIn(11));
    }
}
