using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Gateway;

namespace StoryBot.Observability;

/// <summary>
/// Healthy when every shard this process runs is READY and heart-beating: a shard between sessions for longer than
/// <see cref="ObservabilityOptions.ShardGracePeriod"/>, one whose last heartbeat ACK is older than
/// <see cref="ObservabilityOptions.MissedHeartbeats"/> intervals, or one stopped for good makes the process unhealthy.
/// </summary>
internal sealed class GatewayHealthCheck(IDiscordGatewayStatus gateway, TimeProvider time, IOptions<ObservabilityOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var shards = gateway.Shards;
        if (shards.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no shard has started yet"));
        }

        var problems = new List<string>();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var shard in shards)
        {
            var problem = Problem(shard, now, settings);
            data["shard " + shard.ShardId.ToString(CultureInfo.InvariantCulture)] = problem ?? "ready";
            if (problem is not null)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"shard {shard.ShardId}: {problem}"));
            }
        }

        var result = problems.Count == 0
            ? HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{shards.Count} shard(s) ready"), data)
            : HealthCheckResult.Unhealthy(string.Join("; ", problems), data: data);
        return Task.FromResult(result);
    }

    private static string? Problem(ShardStatus shard, DateTimeOffset now, ObservabilityOptions settings)
    {
        if (shard.FatalError is { } fatal)
        {
            return "stopped: " + fatal;
        }

        if (!shard.IsReady)
        {
            var down = now - shard.Since;
            return down >= settings.ShardGracePeriod
                ? string.Create(CultureInfo.InvariantCulture, $"not ready for {down.TotalSeconds:0} s")
                : null;
        }

        if (shard.HeartbeatInterval is { } interval && interval > TimeSpan.Zero)
        {
            var last = shard.LastHeartbeatAck is { } ack && ack > shard.Since ? ack : shard.Since;
            var silent = now - last;
            if (silent > interval * settings.MissedHeartbeats)
            {
                return string.Create(CultureInfo.InvariantCulture, $"no heartbeat ACK for {silent.TotalSeconds:0} s");
            }
        }

        return null;
    }
}
