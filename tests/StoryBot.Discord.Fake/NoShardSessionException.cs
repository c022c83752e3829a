namespace StoryBot.Discord.Fake;

/// <summary>An event was dispatched for a shard that no bot runs right now (Discord would not deliver it either).</summary>
public sealed class NoShardSessionException : InvalidOperationException
{
    public NoShardSessionException()
    {
    }

    public NoShardSessionException(string message)
        : base(message)
    {
    }

    public NoShardSessionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NoShardSessionException(int shardId)
        : base($"No gateway session runs shard {shardId}: the event cannot be delivered.") => ShardId = shardId;

    /// <summary>The shard the event belonged to.</summary>
    public int ShardId { get; }
}
