namespace StoryBot.Discord.Gateway;

/// <summary>A snapshot of one shard's gateway session (health checks, status commands).</summary>
/// <param name="ShardId">The shard id.</param>
/// <param name="ShardCount">The total number of shards.</param>
/// <param name="IsReady">True between READY/RESUMED and the next disconnect.</param>
/// <param name="Since">When <paramref name="IsReady"/> last changed (start of the process when it never did).</param>
/// <param name="LastHeartbeatAck">When the last heartbeat ACK arrived, if any.</param>
/// <param name="HeartbeatInterval">The interval from HELLO, once connected.</param>
/// <param name="GuildCount">Servers on this shard (READY's list, GUILD_CREATE, GUILD_DELETE).</param>
/// <param name="Latency">Last heartbeat round trip.</param>
/// <param name="FatalError">Why the shard stopped for good, if it did.</param>
public sealed record ShardStatus(
    int ShardId,
    int ShardCount,
    bool IsReady,
    DateTimeOffset Since,
    DateTimeOffset? LastHeartbeatAck,
    TimeSpan? HeartbeatInterval,
    int GuildCount,
    TimeSpan? Latency,
    string? FatalError);
