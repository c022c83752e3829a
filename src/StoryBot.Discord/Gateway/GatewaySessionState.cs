namespace StoryBot.Discord.Gateway;

/// <summary>What survives between connections: session id, resume URL and last sequence (gateway.mdx#preparing-to-resume).</summary>
internal sealed class GatewaySessionState : IDiscordGatewayStatus
{
    private readonly Lock _lock = new();
    private int? _sequence;
    private long _identifies;
    private long _resumes;

    public string? SessionId { get; private set; }

    public Uri? ResumeGatewayUrl { get; private set; }

    public ulong? ApplicationId { get; private set; }

    public bool IsReady { get; private set; }

    public TimeSpan? Latency { get; private set; }

    public long Identifies => Interlocked.Read(ref _identifies);

    public long Resumes => Interlocked.Read(ref _resumes);

    public int? Sequence
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

    public void Track(int sequence)
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

    public void OnLatency(TimeSpan latency) => Latency = latency;

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
