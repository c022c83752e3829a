using Microsoft.Extensions.Configuration;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Which servers this process posts for when the bot runs as several shards (<c>Discord:ShardId</c> of
/// <c>Discord:ShardCount</c>): <c>shard_id = (guild_id &gt;&gt; 22) % num_shards</c> (docs: gateway.mdx, "Sharding").
/// The (guild, date) claim would stop double posts anyway; this keeps shards from racing for them.
/// </summary>
public sealed class ShardFilter(int shardId, int shardCount)
{
    public int ShardId { get; } = shardId;

    public int ShardCount { get; } = Math.Max(1, shardCount);

    public static ShardFilter FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ShardFilter(configuration.GetValue("Discord:ShardId", 0), configuration.GetValue("Discord:ShardCount", 1));
    }

    public bool Owns(ulong guildId) => ShardCount == 1 || (int)((guildId >> 22) % (ulong)ShardCount) == ShardId;
}
