namespace StoryBot.Discord.Fake.Recording;

/// <summary>One IDENTIFY the fake received: the shard, its rate-limit key (<c>shard_id % max_concurrency</c>) and when.</summary>
public sealed record RecordedIdentify(int ShardId, int RateLimitKey, DateTimeOffset Timestamp);
