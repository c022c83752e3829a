namespace StoryBot.Discord.Gateway;

/// <summary>
/// One shard asking to IDENTIFY, with what this process last learned of the bot's session start limit
/// (<c>GET /gateway/bot</c> at <paramref name="ObservedAt"/>).
/// </summary>
/// <param name="ShardId">The shard.</param>
/// <param name="MaxConcurrency">session_start_limit.max_concurrency: the rate-limit key is <c>shard_id % max_concurrency</c>.</param>
/// <param name="Window">One IDENTIFY per key per window (Discord: 5 s).</param>
/// <param name="Total">session_start_limit.total.</param>
/// <param name="Remaining">session_start_limit.remaining when observed.</param>
/// <param name="ResetAt">When the session start limit resets.</param>
/// <param name="ObservedAt">When the limit was read.</param>
/// <param name="Reserve">Never identify when remaining is at or below this.</param>
/// <param name="Now">The time of the attempt.</param>
public sealed record IdentifyAttempt(
    int ShardId,
    int MaxConcurrency,
    TimeSpan Window,
    int Total,
    int Remaining,
    DateTimeOffset ResetAt,
    DateTimeOffset ObservedAt,
    int Reserve,
    DateTimeOffset Now)
{
    /// <summary>The rate-limit key (gateway.mdx "Max Concurrency").</summary>
    public int Bucket => ShardId % Math.Max(1, MaxConcurrency);
}
