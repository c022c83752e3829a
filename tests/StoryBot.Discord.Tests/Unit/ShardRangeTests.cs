using StoryBot.Discord.Hosting;

namespace StoryBot.Discord.Tests.Unit;

public sealed class ShardRangeTests
{
    [Theory]
    [InlineData("3", null, 8, null, 3, 3, 8)]
    [InlineData("0-3", null, 8, null, 0, 3, 8)]
    [InlineData("all", null, null, 5, 0, 4, 5)]
    [InlineData(null, null, null, 4, 0, 3, 4)]
    [InlineData(null, null, null, null, 0, 0, 1)]
    [InlineData(null, 1, 2, null, 1, 1, 2)]
    [InlineData(" 2 - 5 ", null, 6, 12, 2, 5, 6)]
    public void Resolve_ValidSettings_GivesTheShards(string? shards, int? shardId, int? count, int? recommended, int first, int last, int expectedCount)
    {
        var range = ShardRange.Resolve(shards, shardId, count, recommended);

        Assert.Equal(new ShardRange(first, last, expectedCount), range);
    }

    [Theory]
    [InlineData("8", 8)]
    [InlineData("3-1", 8)]
    [InlineData("x", 8)]
    [InlineData("0-8", 8)]
    public void Resolve_BadSettings_ThrowsNamingTheKey(string shards, int count)
    {
        var error = Assert.Throws<FormatException>(() => ShardRange.Resolve(shards, null, count, null));

        Assert.Contains("Discord:Shards", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Owns_GuildOnAnotherShard_False()
    {
        var range = new ShardRange(1, 2, 4);

        Assert.True(range.Owns(5UL << 22));   // shard 1
        Assert.True(range.Owns(6UL << 22));   // shard 2
        Assert.False(range.Owns(7UL << 22));  // shard 3
        Assert.False(range.Owns(null));       // DMs: shard 0
    }
}
