namespace StoryBot.Discord.Gateway;

/// <summary>Read-only view of the gateway connections (for status commands and health checks).</summary>
public interface IDiscordGatewayStatus
{
    /// <summary>True when every shard this process runs is between READY/RESUMED and the next disconnect.</summary>
    bool IsReady { get; }

    /// <summary>The application id from READY.</summary>
    ulong? ApplicationId { get; }

    /// <summary>Last heartbeat round trip (the slowest shard's).</summary>
    TimeSpan? Latency { get; }

    /// <summary>Every shard this process runs (empty until the shards are known).</summary>
    IReadOnlyList<ShardStatus> Shards { get; }
}
