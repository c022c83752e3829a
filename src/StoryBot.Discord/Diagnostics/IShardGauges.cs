namespace StoryBot.Discord.Diagnostics;

/// <summary>What the per-shard gauges read from a shard.</summary>
internal interface IShardGauges
{
    int ShardId { get; }

    int GuildCount { get; }

    bool IsReady { get; }

    TimeSpan? Latency { get; }
}
