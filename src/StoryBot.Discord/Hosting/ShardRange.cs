using System.Globalization;

namespace StoryBot.Discord.Hosting;

/// <summary>
/// Which shards a process runs: <c>Discord:Shards</c> = <c>3</c> (one), <c>0-3</c> (a range, inclusive) or empty /
/// <c>all</c> (every shard); the legacy <c>Discord:ShardId</c> means one shard. The shard count is
/// <c>Discord:ShardCount</c>, or Discord's recommendation from <c>GET /gateway/bot</c> when not set.
/// </summary>
public sealed record ShardRange(int First, int Last, int Count)
{
    /// <summary>The shard ids, in order.</summary>
    public IReadOnlyList<int> Ids => [.. Enumerable.Range(First, Last - First + 1)];

    /// <summary>True when this process runs every shard.</summary>
    public bool IsAll => First == 0 && Last == Count - 1;

    /// <summary>The shard a server belongs to: <c>(guild_id &gt;&gt; 22) % shard_count</c> (gateway.mdx "Sharding"); DMs are on shard 0.</summary>
    public static int ShardOf(ulong? guildId, int shardCount) =>
        guildId is { } g && shardCount > 1 ? (int)((g >> 22) % (ulong)shardCount) : 0;

    /// <summary>True when <paramref name="guildId"/>'s events come to one of these shards.</summary>
    public bool Owns(ulong? guildId)
    {
        var shard = ShardOf(guildId, Count);
        return shard >= First && shard <= Last;
    }

    /// <summary>
    /// Resolves the shards from the settings. <paramref name="recommendedCount"/> (from <c>GET /gateway/bot</c>) is used
    /// when <paramref name="shardCount"/> is not set; without either the count is 1. Throws <see cref="FormatException"/>
    /// with a one-line explanation on a bad value.
    /// </summary>
    public static ShardRange Resolve(string? shards, int? shardId, int? shardCount, int? recommendedCount)
    {
        var count = shardCount ?? Math.Max(1, recommendedCount ?? 1);
        if (count < 1)
        {
            throw new FormatException("Discord:ShardCount must be at least 1.");
        }

        int first;
        int last;
        var text = shards?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
        {
            (first, last) = shardId is { } id ? (id, id) : (0, count - 1);
        }
        else
        {
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            if (!TryParse(dash < 0 ? text : text[..dash], out first) || !TryParse(dash < 0 ? text : text[(dash + 1)..], out last) || last < first)
            {
                throw new FormatException($"Discord:Shards '{shards}' is not a shard id (3), a range (0-3) or 'all'.");
            }
        }

        if (first < 0 || last >= count)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Discord:Shards {first}-{last} is outside 0-{count - 1} (Discord:ShardCount {count})."));
        }

        return new ShardRange(first, last, count);
    }

    /// <summary>"shards 0-3 of 8", "shard 2 of 4".</summary>
    public override string ToString() => First == Last
        ? string.Create(CultureInfo.InvariantCulture, $"shard {First} of {Count}")
        : string.Create(CultureInfo.InvariantCulture, $"shards {First}-{Last} of {Count}");

    private static bool TryParse(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
