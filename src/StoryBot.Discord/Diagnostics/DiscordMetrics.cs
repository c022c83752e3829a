using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StoryBot.Discord.Diagnostics;

/// <summary>
/// The Discord client's instruments (meter <c>StoryBot.Discord</c>): interactions by command and outcome, response
/// latency, auto-defers and missed deadlines, REST requests by status, rate-limit waits, gateway identifies, reconnects
/// and resumes, and servers and heartbeat latency per shard. Exporters (OpenTelemetry, Prometheus) subscribe by meter name.
/// </summary>
public sealed class DiscordMetrics
{
    /// <summary>The meter name exporters subscribe to.</summary>
    public const string MeterName = "StoryBot.Discord";

    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

    private readonly Counter<long> _interactions;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _deferred;
    private readonly Counter<long> _missedDeadlines;
    private readonly Counter<long> _restRequests;
    private readonly Counter<long> _invalidRequests;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Histogram<double> _rateLimitWaitTime;
    private readonly Counter<long> _identifies;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Lock _shardsLock = new();
    private readonly List<IShardGauges> _shards = [];

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/> (disposed with the host).</summary>
    public DiscordMetrics(IMeterFactory meterFactory)
        : this((meterFactory ?? throw new ArgumentNullException(nameof(meterFactory))).Create(MeterName))
    {
    }

    /// <summary>Creates the instruments on <paramref name="meter"/> (tests).</summary>
    public DiscordMetrics(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        _interactions = meter.CreateCounter<long>("storybot.interactions", "{interaction}", "Interactions handled, by command and outcome.");
        _latency = meter.CreateHistogram<double>(
            "storybot.interaction.duration",
            "s",
            "Time from receiving an interaction to sending its first response.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _deferred = meter.CreateCounter<long>("storybot.interactions.deferred", "{interaction}", "Interactions deferred automatically because the handler was slow.");
        _missedDeadlines = meter.CreateCounter<long>("storybot.interactions.missed_deadline", "{interaction}", "Interactions whose first response came after Discord's 3 seconds or failed.");
        _restRequests = meter.CreateCounter<long>("storybot.rest.requests", "{request}", "REST requests by route and HTTP status.");
        _invalidRequests = meter.CreateCounter<long>("storybot.rest.invalid_requests", "{request}", "REST answers that count towards Discord's invalid request limit (401, 403, 429).");
        _rateLimitWaits = meter.CreateCounter<long>("storybot.rest.rate_limit_waits", "{wait}", "Times a REST request waited for a rate limit, by scope.");
        _rateLimitWaitTime = meter.CreateHistogram<double>("storybot.rest.rate_limit_wait.duration", "s", "How long REST requests waited for rate limits.");
        _identifies = meter.CreateCounter<long>("storybot.gateway.identifies", "{identify}", "IDENTIFY payloads sent, by shard.");
        _reconnects = meter.CreateCounter<long>("storybot.gateway.reconnects", "{reconnect}", "Gateway reconnects, by shard.");
        _resumes = meter.CreateCounter<long>("storybot.gateway.resumes", "{resume}", "RESUMED sessions, by shard.");
        meter.CreateObservableGauge("storybot.gateway.guilds", ObserveGuilds, "{guild}", "Servers on each shard.");
        meter.CreateObservableGauge("storybot.gateway.ready", ObserveReady, "{shard}", "1 when the shard's session is READY.");
        meter.CreateObservableGauge("storybot.gateway.heartbeat_latency", ObserveLatency, "s", "Last heartbeat round trip, by shard.");
    }

    /// <summary>One interaction's first response was sent (or failed).</summary>
    public void InteractionHandled(string command, string kind, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "command", command }, { "kind", kind }, { "outcome", outcome } };
        _interactions.Add(1, tags);
        _latency.Record(elapsed.TotalSeconds, new TagList { { "command", command }, { "kind", kind } });
    }

    /// <summary>An interaction was deferred automatically.</summary>
    public void InteractionDeferred(string command) => _deferred.Add(1, new KeyValuePair<string, object?>("command", command));

    /// <summary>An interaction's first response missed Discord's deadline.</summary>
    public void DeadlineMissed(string command) => _missedDeadlines.Add(1, new KeyValuePair<string, object?>("command", command));

    /// <summary>A REST response arrived.</summary>
    public void RestResponse(string route, int status)
    {
        _restRequests.Add(1, new TagList { { "route", route }, { "status", status } });
        if (status is 401 or 403 or 429)
        {
            _invalidRequests.Add(1, new KeyValuePair<string, object?>("status", status));
        }
    }

    /// <summary>A REST request waited <paramref name="wait"/> for a rate limit of <paramref name="scope"/> (bucket, global, retry_after).</summary>
    public void RateLimitWait(string scope, TimeSpan wait)
    {
        var tag = new KeyValuePair<string, object?>("scope", scope);
        _rateLimitWaits.Add(1, tag);
        _rateLimitWaitTime.Record(wait.TotalSeconds, tag);
    }

    /// <summary>A shard sent IDENTIFY.</summary>
    public void Identified(int shard) => _identifies.Add(1, new KeyValuePair<string, object?>("shard", shard));

    /// <summary>A shard is reconnecting.</summary>
    public void Reconnecting(int shard) => _reconnects.Add(1, new KeyValuePair<string, object?>("shard", shard));

    /// <summary>A shard's session resumed.</summary>
    public void Resumed(int shard) => _resumes.Add(1, new KeyValuePair<string, object?>("shard", shard));

    /// <summary>Adds a shard to the per-shard gauges.</summary>
    internal void Track(IShardGauges shard)
    {
        lock (_shardsLock)
        {
            _shards.Add(shard);
        }
    }

    private List<IShardGauges> Shards()
    {
        lock (_shardsLock)
        {
            return [.. _shards];
        }
    }

    private IEnumerable<Measurement<long>> ObserveGuilds() =>
        Shards().Select(s => new Measurement<long>(s.GuildCount, new KeyValuePair<string, object?>("shard", s.ShardId)));

    private IEnumerable<Measurement<int>> ObserveReady() =>
        Shards().Select(s => new Measurement<int>(s.IsReady ? 1 : 0, new KeyValuePair<string, object?>("shard", s.ShardId)));

    private IEnumerable<Measurement<double>> ObserveLatency() =>
        Shards().Where(s => s.Latency is not null).Select(s => new Measurement<double>(s.Latency!.Value.TotalSeconds, new KeyValuePair<string, object?>("shard", s.ShardId)));
}
