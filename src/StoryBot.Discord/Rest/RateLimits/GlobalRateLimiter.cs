namespace StoryBot.Discord.Rest.RateLimits;

/// <summary>
/// The global limit: at most N requests in any one-second window (Discord: 50/s), plus a block after a global 429.
/// Interaction endpoints are exempt (rate-limits.mdx#global-rate-limit).
/// </summary>
internal sealed class GlobalRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();
    private readonly int _perSecond;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public GlobalRateLimiter(int perSecond) => _perSecond = perSecond;

    /// <summary>Reserves a slot now, or says how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now < _blockedUntil)
            {
                return _blockedUntil - now;
            }

            while (_sent.Count > 0 && now - _sent.Peek() >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= _perSecond)
            {
                return _sent.Peek() + Window - now;
            }

            _sent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Global 429: every non-interaction request waits <paramref name="retryAfter"/>.</summary>
    public void Block(TimeSpan retryAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            var until = now + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }
}
