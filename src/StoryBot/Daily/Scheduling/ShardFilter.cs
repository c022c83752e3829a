using Microsoft.Extensions.Configuration;
using StoryBot.Discord.Hosting;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Which servers this process posts for when the bot runs as several shards (<c>Discord:Shards</c> — or the legacy
/// <c>Discord:ShardId</c> — of <c>Discord:ShardCount</c>): a server belongs to shard
/// <c>(guild_id &gt;&gt; 22) % num_shards</c> (docs: gateway.mdx, "Sharding"). A process that runs every shard (the
/// default) owns every server. The (guild, date) claim stops double posts anyway; this keeps shards from racing for them.
/// </summary>
public sealed class ShardFilter(ShardRange range)
{
    public ShardFilter(int shardId, int shardCount)
        : this(new ShardRange(shardId, shardId, Math.Max(1, shardCount)))
    {
    }

    public ShardRange Range { get; } = range;

    public int ShardCount => Range.Count;

    public static ShardFilter FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var count = configuration.GetValue<int?>("Discord:ShardCount");
        try
        {
            return new ShardFilter(ShardRange.Resolve(configuration["Discord:Shards"], configuration.GetValue<int?>("Discord:ShardId"), count, null));
        }
        catch (FormatException)
        {
            // The gateway stops the host with the same message; until then, own nothing rather than everything.
            return new ShardFilter(new ShardRange(0, -1, Math.Max(1, count ?? 1)));
        }
    }

    public bool Owns(ulong guildId) => Range.IsAll || Range.Owns(guildId);

    /// <summary>As <see cref="Owns"/>, with DMs (no server) on shard 0 as Discord delivers them.</summary>
    public bool OwnsServerOrDm(ulong? guildId) => Range.IsAll || Range.Owns(guildId);
}
