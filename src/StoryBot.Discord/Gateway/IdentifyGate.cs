namespace StoryBot.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY: <c>max_concurrency</c> identifies per 5-second window for this shard's rate-limit key
/// (<c>shard_id % max_concurrency</c>, gateway.mdx#max-concurrency), and waits for the session start limit to
/// reset when <c>remaining</c> is 0 (gateway.mdx#session-start-limit-object).
/// </summary>
internal sealed class IdentifyGate
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private int _remaining;
    private DateTimeOffset _resetAt;

    public IdentifyGate(TimeProvider time, TimeSpan window)
    {
        _time = time;
        _window = window;
        _remaining = int.MaxValue;
    }

    /// <summary>Applies GET /gateway/bot's session start limit.</summary>
    public void Update(int remaining, TimeSpan resetAfter)
    {
        _remaining = remaining;
        _resetAt = _time.GetUtcNow() + resetAfter;
    }

    /// <summary>How long until an identify may be sent (zero: now).</summary>
    public TimeSpan Delay()
    {
        var now = _time.GetUtcNow();
        if (_remaining <= 0 && now < _resetAt)
        {
            return _resetAt - now;
        }

        // One process runs one shard, so its key gets one identify per window.
        var next = _lastIdentify == DateTimeOffset.MinValue ? now : _lastIdentify + _window;
        return next > now ? next - now : TimeSpan.Zero;
    }

    /// <summary>Records an identify.</summary>
    public void OnIdentify()
    {
        _lastIdentify = _time.GetUtcNow();
        if (_remaining != int.MaxValue)
        {
            _remaining = Math.Max(0, _remaining - 1);
        }
    }
}
