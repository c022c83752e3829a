namespace StoryBot.Discord.Rest.RateLimits;

/// <summary>
/// Counts 401, 403 and 429 answers in a sliding 10-minute window (Discord bans an IP that makes 10,000 of them,
/// rate-limits.mdx#invalid-request-limit-aka-cloudflare-bans) and, once this process's share of the budget is used,
/// holds requests other than interaction responses until the oldest error leaves the window.
/// </summary>
internal sealed class InvalidRequestGuard(int limit)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _errors = new();
    private readonly Lock _lock = new();

    public int Limit { get; } = Math.Max(1, limit);

    /// <summary>Errors in the current window.</summary>
    public int Count(DateTimeOffset now)
    {
        lock (_lock)
        {
            Trim(now);
            return _errors.Count;
        }
    }

    public void Record(DateTimeOffset now)
    {
        lock (_lock)
        {
            Trim(now);
            _errors.Enqueue(now);
        }
    }

    /// <summary>Zero while under the limit; else how long until the oldest error leaves the window.</summary>
    public TimeSpan Delay(DateTimeOffset now)
    {
        lock (_lock)
        {
            Trim(now);
            return _errors.Count < Limit ? TimeSpan.Zero : _errors.Peek() + Window - now;
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_errors.Count > 0 && now - _errors.Peek() >= Window)
        {
            _errors.Dequeue();
        }
    }
}
