using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Diagnostics;
using StoryBot.Discord.Hosting;

namespace StoryBot.Discord.Rest.RateLimits;

/// <summary>
/// Per-route buckets learned from X-RateLimit-Bucket and keyed with the major parameter, and the global limiter.
/// Time comes from <see cref="TimeProvider"/> only, so tests drive it with a manual clock.
/// </summary>
internal sealed partial class RateLimiter : IDisposable
{
    /// <summary>
    /// Added to every learned wait: Discord rounds Reset-After and retry_after to milliseconds, so waiting exactly that
    /// long can land a request a fraction of a millisecond early.
    /// </summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(10);

    private const int EvictionThreshold = 2048;
    private readonly ConcurrentDictionary<string, string> _bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ILogger<RateLimiter> _logger;
    private readonly DiscordMetrics _metrics;
    private DateTimeOffset _lastEviction = DateTimeOffset.MinValue;

    public RateLimiter(TimeProvider time, IOptions<DiscordOptions> options, DiscordMetrics metrics, ILogger<RateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _logger = logger;
        _metrics = metrics;
        // The limits are per bot: each of the bot's processes takes its share (docs/discord.md, "Several processes").
        var processes = Math.Max(1, options.Value.Processes);
        Global = new GlobalRateLimiter(Math.Max(1, options.Value.GlobalRequestsPerSecond / processes));
        Invalid = new InvalidRequestGuard(Math.Max(1, options.Value.InvalidRequestLimit / processes));
    }

    public GlobalRateLimiter Global { get; }

    /// <summary>401/403/429 answers in the last 10 minutes, and the hold once this process's share is used.</summary>
    public InvalidRequestGuard Invalid { get; }

    /// <summary>Counts a 401, 403 or 429 answer towards the invalid request limit.</summary>
    public void OnInvalidRequest() => Invalid.Record(_time.GetUtcNow());

    /// <summary>
    /// The bucket a route uses now: by learned hash when known, else by route; always with the major parameter. When
    /// a hash is learned, the route's own bucket becomes the hash bucket (one object under both keys), so requests
    /// already queued on the route and requests made after share one gate and one count.
    /// </summary>
    public RateLimitBucket GetBucket(RestRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (_buckets.Count > EvictionThreshold && _time.GetUtcNow() - _lastEviction > TimeSpan.FromSeconds(5))
        {
            Evict();
        }

        var routeKey = "route:" + route.RouteKey + "|" + route.MajorParameter;
        if (!_bucketHashes.TryGetValue(route.RouteKey, out var hash))
        {
            return _buckets.GetOrAdd(routeKey, static k => new RateLimitBucket(k));
        }

        var hashKey = "hash:" + hash + "|" + route.MajorParameter;
        if (_buckets.TryGetValue(hashKey, out var known))
        {
            return known;
        }

        return _buckets.GetOrAdd(hashKey, _buckets.TryGetValue(routeKey, out var own) ? own : new RateLimitBucket(hashKey));
    }

    /// <summary>Waits until the bucket and (unless exempt) the global limit allow a request; the caller holds the bucket until <see cref="Complete"/>.</summary>
    public async Task<RateLimitBucket> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bucket = GetBucket(route);
        await bucket.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var wait = bucket.DelayBeforeNext(_time.GetUtcNow());
                if (wait <= TimeSpan.Zero)
                {
                    break;
                }

                LogBucketWait(_logger, route.Display, wait.TotalMilliseconds);
                _metrics.RateLimitWait("bucket", wait);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            if (!route.IsInteractionEndpoint)
            {
                while (Invalid.Delay(_time.GetUtcNow()) is { } hold && hold > TimeSpan.Zero)
                {
                    LogInvalidHold(_logger, Invalid.Limit, hold.TotalSeconds);
                    _metrics.RateLimitWait("invalid_requests", hold);
                    await Task.Delay(hold, _time, cancellationToken).ConfigureAwait(false);
                }

                while (true)
                {
                    var wait = Global.TryAcquire(_time.GetUtcNow());
                    if (wait <= TimeSpan.Zero)
                    {
                        break;
                    }

                    _metrics.RateLimitWait("global", wait);
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
            }

            bucket.Consume(_time.GetUtcNow());
            return bucket;
        }
        catch
        {
            bucket.Exit();
            throw;
        }
    }

    /// <summary>Applies the response headers to the bucket (and learns its hash) and releases it.</summary>
    public void Complete(RestRoute route, RateLimitBucket bucket, RateLimitHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(headers);
        try
        {
            var now = _time.GetUtcNow() + Margin;
            bucket.Update(headers, now);
            if (headers.Bucket is { Length: > 0 } hash && !_bucketHashes.TryGetValue(route.RouteKey, out _))
            {
                _bucketHashes[route.RouteKey] = hash;

                // Carry what we know into the hash-keyed bucket so the next request sees it.
                var shared = GetBucket(route);
                if (!ReferenceEquals(shared, bucket))
                {
                    shared.Update(headers, now);
                }
            }
        }
        finally
        {
            bucket.Exit();
        }
    }

    /// <summary>Records a 429 by scope: global blocks every non-interaction request, otherwise the bucket waits.</summary>
    public void OnRateLimited(RestRoute route, RateLimitHeaders headers, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        var now = _time.GetUtcNow() + Margin;
        if (global || headers.Global || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase))
        {
            Global.Block(retryAfter, now);
            if (route.IsInteractionEndpoint)
            {
                // Exempt from the global hold, so without this the request itself went again at once.
                GetBucket(route).Block(retryAfter, now);
            }

            LogGlobal429(_logger, route.Display, retryAfter.TotalMilliseconds);
            return;
        }

        GetBucket(route).Block(retryAfter, now);
        LogRoute429(_logger, route.Display, headers.Scope ?? "user", retryAfter.TotalMilliseconds);
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }

    /// <summary>Drops idle buckets whose window is over (every interaction has its own, used once).</summary>
    private void Evict()
    {
        var now = _time.GetUtcNow();
        _lastEviction = now;
        foreach (var (key, bucket) in _buckets)
        {
            if (!bucket.InUse && bucket.ResetAt < now && now - bucket.LastUsed > TimeSpan.FromSeconds(30))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limit bucket exhausted for {Route}; waiting {DelayMs} ms")]
    private static partial void LogBucketWait(ILogger logger, string route, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Global rate limit hit on {Route}; all non-interaction requests wait {DelayMs} ms")]
    private static partial void LogGlobal429(ILogger logger, string route, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limited ({Scope}) on {Route}; retrying after {DelayMs} ms")]
    private static partial void LogRoute429(ILogger logger, string route, string scope, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Limit} invalid requests (401/403/429) in 10 minutes: holding REST requests for {Seconds} s to stay clear of Discord's ban")]
    private static partial void LogInvalidHold(ILogger logger, int limit, double seconds);
}
