using StoryBot.Discord.Diagnostics;

namespace StoryBot.Discord.Gateway;

/// <summary>What survives between connections: session id, resume URL and last sequence (gateway.mdx#preparing-to-resume).</summary>
internal sealed class GatewaySessionState : IShardGauges
{
    private readonly Lock _lock = new();
    private readonly HashSet<ulong> _guilds = [];
    private readonly TimeProvider _time;
    private long? _sequence;
    private DateTimeOffset _since;
    private long _lastAckTicks;
    private bool _ready;
    private long _identifies;
    private long _resumes;

    public GatewaySessionState(TimeProvider time, int shardId = 0, int shardCount = 1)
    {
        _time = time;
        _since = time.GetUtcNow();
        ShardId = shardId;
        ShardCount = shardCount;
    }

    public int ShardId { get; }

    public int ShardCount { get; }

    public string? SessionId { get; private set; }

    public Uri? ResumeGatewayUrl { get; private set; }

    public ulong? ApplicationId { get; private set; }

    public bool IsReady
    {
        get => _ready;
        private set
        {
            if (_ready != value)
            {
                _ready = value;
                _since = _time.GetUtcNow();
            }
        }
    }

    public TimeSpan? HeartbeatInterval { get; private set; }

    public int GuildCount
    {
        get
        {
            lock (_lock)
            {
                return _guilds.Count;
            }
        }
    }


    public TimeSpan? Latency { get; private set; }

    public long Identifies => Interlocked.Read(ref _identifies);

    public long Resumes => Interlocked.Read(ref _resumes);

    public long? Sequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Set when the client stopped for good.</summary>
    public DiscordGatewayException? FatalError { get; private set; }

    public void OnFatal(DiscordGatewayException error) => FatalError = error;

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void Track(long sequence)
    {
        lock (_lock)
        {
            if (_sequence is null || sequence > _sequence)
            {
                _sequence = sequence;
            }
        }
    }

    public void OnReady(string sessionId, Uri resumeUrl, ulong applicationId)
    {
        SessionId = sessionId;
        ResumeGatewayUrl = resumeUrl;
        ApplicationId = applicationId;
        IsReady = true;
    }

    public void OnResumed() => IsReady = true;

    public void OnDisconnected() => IsReady = false;

    public void OnIdentify() => Interlocked.Increment(ref _identifies);

    public void OnResume() => Interlocked.Increment(ref _resumes);

    public void OnLatency(TimeSpan latency)
    {
        Latency = latency;
        Interlocked.Exchange(ref _lastAckTicks, _time.GetUtcNow().UtcTicks);
    }

    public void OnHello(TimeSpan heartbeatInterval) => HeartbeatInterval = heartbeatInterval;

    public void OnGuilds(IEnumerable<ulong> guildIds)
    {
        lock (_lock)
        {
            _guilds.UnionWith(guildIds);
        }
    }

    public void OnGuildCreate(ulong guildId)
    {
        lock (_lock)
        {
            _guilds.Add(guildId);
        }
    }

    /// <summary>GUILD_DELETE: an outage (<paramref name="unavailable"/>) keeps the server on the shard; a removal does not.</summary>
    public void OnGuildDelete(ulong guildId, bool unavailable)
    {
        if (unavailable)
        {
            return;
        }

        lock (_lock)
        {
            _guilds.Remove(guildId);
        }
    }

    public ShardStatus Snapshot()
    {
        var ack = Interlocked.Read(ref _lastAckTicks);
        return new ShardStatus(
            ShardId,
            ShardCount,
            IsReady,
            _since,
            ack == 0 ? null : new DateTimeOffset(ack, TimeSpan.Zero),
            HeartbeatInterval,
            GuildCount,
            Latency,
            FatalError?.Message);
    }

    /// <summary>The session cannot be resumed: forget it (the next connection identifies).</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _sequence = null;
        }

        SessionId = null;
        ResumeGatewayUrl = null;
        IsReady = false;
    }
}
