using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>Per-route buckets, an optional global limit and test-injected 429/5xx answers (rate-limits.mdx).</summary>
internal sealed class RateLimiter(FakeState state)
{
    /// <summary>Major parameters (rate-limits.mdx): a bucket is per route and per value of these.</summary>
    private static readonly string[] MajorParameters = ["channel_id", "guild_id", "webhook_id", "webhook_token", "interaction_id", "interaction_token"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, BucketState> buckets = new(StringComparer.Ordinal);
    private readonly List<InjectedFault> faults = [];
    private readonly Queue<DateTimeOffset> globalWindow = new();
    private DateTimeOffset? globalRetryNotBefore;

    public void Inject(InjectedFault fault)
    {
        lock (gate)
        {
            faults.Add(fault);
        }
    }

    public void ClearFaults()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    public RateLimitDecision Evaluate(RestRoute route, IReadOnlyDictionary<string, string> values, bool authenticated)
    {
        lock (gate)
        {
            var now = state.Clock.GetUtcNow();
            var bucket = GetBucket(route, values, now);
            string? note = null;
            if (bucket.RetryNotBefore is { } notBefore && now < notBefore)
            {
                note = string.Create(CultureInfo.InvariantCulture, $"request sent {(notBefore - now).TotalSeconds:0.###}s before retry_after elapsed on bucket {bucket.Hash}");
            }
            else if (globalRetryNotBefore is { } globalNotBefore && now < globalNotBefore)
            {
                note = string.Create(CultureInfo.InvariantCulture, $"request sent {(globalNotBefore - now).TotalSeconds:0.###}s before retry_after elapsed (global limit)");
            }

            var fault = faults.FirstOrDefault(f => f.Remaining > 0 && f.Matches(route.Key));
            if (fault is not null)
            {
                fault.Remaining--;
                if (fault.Status != 429)
                {
                    return new RateLimitDecision(BucketHeaders(bucket, now), ServerError(fault.Status), note);
                }

                return InjectedRateLimit(fault, bucket, now, note);
            }

            if (state.Options.GlobalRequestsPerSecond is { } perSecond && authenticated)
            {
                while (globalWindow.Count > 0 && now - globalWindow.Peek() >= TimeSpan.FromSeconds(1))
                {
                    globalWindow.Dequeue();
                }

                if (globalWindow.Count >= perSecond)
                {
                    var retry = globalWindow.Peek() + TimeSpan.FromSeconds(1) - now;
                    globalRetryNotBefore = now + retry;
                    return new RateLimitDecision(GlobalHeaders(retry), TooManyRequests(retry, global: true, shared: false), note);
                }

                globalWindow.Enqueue(now);
            }

            if (bucket.Used >= bucket.Limit.Limit)
            {
                var retry = bucket.ResetAt - now;
                bucket.RetryNotBefore = bucket.ResetAt;
                var headers = BucketHeaders(bucket, now);
                headers["Retry-After"] = RetryAfterHeader(retry);
                headers["X-RateLimit-Scope"] = "user";
                return new RateLimitDecision(headers, TooManyRequests(retry, global: false, shared: false), note);
            }

            bucket.Used++;
            return new RateLimitDecision(BucketHeaders(bucket, now), null, note);
        }
    }

    private RateLimitDecision InjectedRateLimit(InjectedFault fault, BucketState bucket, DateTimeOffset now, string? note)
    {
        var retry = fault.RetryAfter;
        switch (fault.Scope)
        {
            case RateLimitScope.Global:
                globalRetryNotBefore = now + retry;
                return new RateLimitDecision(GlobalHeaders(retry), TooManyRequests(retry, global: true, shared: false), note);
            case RateLimitScope.Shared:
            {
                bucket.RetryNotBefore = now + retry;
                var headers = BucketHeaders(bucket, now);
                headers["Retry-After"] = RetryAfterHeader(retry);
                headers["X-RateLimit-Scope"] = "shared";
                return new RateLimitDecision(headers, TooManyRequests(retry, global: false, shared: true), note);
            }

            default:
            {
                bucket.RetryNotBefore = now + retry;
                var headers = BucketHeaders(bucket, now);
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Reset-After"] = Seconds(retry);
                headers["X-RateLimit-Reset"] = Epoch(now + retry);
                headers["Retry-After"] = RetryAfterHeader(retry);
                headers["X-RateLimit-Scope"] = "user";
                return new RateLimitDecision(headers, TooManyRequests(retry, global: false, shared: false), note);
            }
        }
    }

    private BucketState GetBucket(RestRoute route, IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        var major = string.Join('/', MajorParameters.Where(values.ContainsKey).Select(p => values[p]));
        var key = route.Key + "|" + major;
        if (!buckets.TryGetValue(key, out var bucket))
        {
            var limit = state.Options.RouteLimits.TryGetValue(route.Key, out var configured) ? configured : state.Options.DefaultRouteLimit;
            bucket = new BucketState
            {
                Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route.Key)))[..16],
                Limit = limit,
                ResetAt = now + limit.Window,
            };
            buckets[key] = bucket;
        }

        if (now >= bucket.ResetAt)
        {
            bucket.Used = 0;
            bucket.ResetAt = now + bucket.Limit.Window;
        }

        return bucket;
    }

    private static Dictionary<string, string> BucketHeaders(BucketState bucket, DateTimeOffset now) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-RateLimit-Limit"] = bucket.Limit.Limit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = Math.Max(0, bucket.Limit.Limit - bucket.Used).ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset"] = Epoch(bucket.ResetAt),
        ["X-RateLimit-Reset-After"] = Seconds(bucket.ResetAt - now),
        ["X-RateLimit-Bucket"] = bucket.Hash,
    };

    private static Dictionary<string, string> GlobalHeaders(TimeSpan retry) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Retry-After"] = RetryAfterHeader(retry),
        ["X-RateLimit-Global"] = "true",
        ["X-RateLimit-Scope"] = "global",
    };

    private static RestResult TooManyRequests(TimeSpan retry, bool global, bool shared) => new(429, new JsonObject
    {
        ["message"] = shared ? "The resource is being rate limited." : "You are being rate limited.",
        ["retry_after"] = Math.Round(retry.TotalSeconds, 3),
        ["global"] = global,
        ["code"] = 0,
    });

    private static RestResult ServerError(int status) => new(status, status == 500
        ? Payloads.Error(0, "500: Internal Server Error")
        : Payloads.Error(0, $"{status}: Server error"));

    private static string Epoch(DateTimeOffset time) => (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => Math.Max(0, span.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);

    private static string RetryAfterHeader(TimeSpan retry) => ((int)Math.Ceiling(Math.Max(0, retry.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
}
