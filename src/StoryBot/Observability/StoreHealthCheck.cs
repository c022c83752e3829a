using Microsoft.Extensions.Diagnostics.HealthChecks;
using StoryBot.Data.Storage;

namespace StoryBot.Observability;

/// <summary>Healthy when the story store answers a query on its own schema.</summary>
internal sealed class StoreHealthCheck(StoreProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await probe.ProbeAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("store reachable");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // any failure of the store is an unhealthy result, not a crash
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The message only: no stack trace, no connection string.
            return HealthCheckResult.Unhealthy("store unreachable: " + ex.GetBaseException().Message);
        }
    }
}
