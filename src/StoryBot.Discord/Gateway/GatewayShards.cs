namespace StoryBot.Discord.Gateway;

/// <summary>The shards this process runs (one <see cref="GatewaySessionState"/> each): the gateway status for health checks.</summary>
internal sealed class GatewayShards : IDiscordGatewayStatus
{
    private readonly Lock _lock = new();
    private readonly List<GatewaySessionState> _shards = [];

    public IReadOnlyList<GatewaySessionState> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _shards];
            }
        }
    }

    public bool IsReady => All is { Count: > 0 } all && all.All(s => s.IsReady);

    public ulong? ApplicationId => All.Select(s => s.ApplicationId).FirstOrDefault(id => id is not null);

    public TimeSpan? Latency => All.Select(s => s.Latency).Max();

    public IReadOnlyList<ShardStatus> Shards => [.. All.Select(s => s.Snapshot())];

    public void Add(GatewaySessionState shard)
    {
        lock (_lock)
        {
            _shards.Add(shard);
        }
    }
}
