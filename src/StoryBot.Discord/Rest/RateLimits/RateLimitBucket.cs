namespace StoryBot.Discord.Rest.RateLimits;

/// <summary>
/// One rate-limit bucket (a route's bucket hash plus major parameter). Requests in a bucket go one at a time so the
/// remaining count learned from each response is exact before the next request leaves.
/// </summary>
internal sealed class RateLimitBucket : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public RateLimitBucket(string key) => Key = key;

    public string Key { get; }

    /// <summary>Requests allowed per window (unknown until the first response).</summary>
    public int? Limit { get; private set; }

    /// <summary>Requests left in the current window (null: unknown, so one may go).</summary>
    public int? Remaining { get; private set; }

    /// <summary>When the window resets.</summary>
    public DateTimeOffset ResetAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Last time a request used the bucket (for eviction).</summary>
    public DateTimeOffset LastUsed { get; private set; }

    public bool InUse => _gate.CurrentCount == 0;

    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Exit() => _gate.Release();

    /// <summary>How long to wait before the next request may go (zero when one is left or the window has reset).</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        if (now >= ResetAt)
        {
            // Window over: the server restores the limit; until we hear otherwise one request may go.
            if (Remaining is not null && ResetAt != DateTimeOffset.MinValue)
            {
                Remaining = Limit;
            }

            return TimeSpan.Zero;
        }

        return Remaining is 0 ? ResetAt - now : TimeSpan.Zero;
    }

    /// <summary>Counts the request about to be sent.</summary>
    public void Consume(DateTimeOffset now)
    {
        LastUsed = now;
        if (Remaining > 0)
        {
            Remaining--;
        }
    }

    /// <summary>Applies a response's headers.</summary>
    public void Update(RateLimitHeaders headers, DateTimeOffset now)
    {
        if (headers.Limit is { } limit)
        {
            Limit = limit;
        }

        if (headers.Remaining is { } remaining)
        {
            Remaining = remaining;
        }

        if (headers.ResetAfter is { } resetAfter)
        {
            ResetAt = now + resetAfter;
        }
    }

    /// <summary>A 429 for this bucket: nothing may go before <paramref name="retryAfter"/> has passed.</summary>
    public void Block(TimeSpan retryAfter, DateTimeOffset now)
    {
        Remaining = 0;
        var until = now + retryAfter;
        if (until > ResetAt || ResetAt < now)
        {
            ResetAt = until;
        }
    }

    public void Dispose() => _gate.Dispose();
}
