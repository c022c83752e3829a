using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using StoryBot.Daily.Posting;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Sleeps until the earliest due post of any server (a timer on <see cref="TimeProvider"/>, never a poll), posts what
/// is due, and sleeps again. A schedule change (<see cref="DailyScheduleSignal"/>) wakes it early. Each server runs in
/// its own DI scope and its own try/catch: one server's failure never stops another's post. With several shards,
/// each process posts only for its own shard's servers.
/// </summary>
public sealed partial class DailySchedulerService(
    IServiceScopeFactory scopes,
    DailyScheduleSignal signal,
    TimeProvider time,
    IOptions<DailyOptions> options,
    ILogger<DailySchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            Instant? next;
            try
            {
                next = await RunPassAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(exception);
                next = Now() + Duration.FromTimeSpan(options.Value.RetryDelay);
            }

            await SleepUntilAsync(next, stoppingToken);
        }
    }

    /// <summary>Runs every active schedule once; returns the earliest instant any of them needs attention again.</summary>
    public async Task<Instant?> RunPassAsync(CancellationToken cancellationToken)
    {
        DailyPlan plan;
        await using (var scope = scopes.CreateAsyncScope())
        {
            plan = await scope.ServiceProvider.GetRequiredService<DailyPlanner>().PlanAsync(Now(), cancellationToken);
        }

        var next = plan.NextWake;
        foreach (var guildId in plan.DueGuilds)
        {
            var wake = await RunGuildAsync(guildId, cancellationToken);
            if (wake is { } w && (next is null || w < next))
            {
                next = w;
            }
        }

        return next;
    }

    private async Task<Instant?> RunGuildAsync(ulong guildId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DailyPoster>().RunAsync(guildId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogGuildFailed(exception, guildId);
            return Now() + Duration.FromTimeSpan(options.Value.RetryDelay);
        }
    }

    private async Task SleepUntilAsync(Instant? next, CancellationToken stoppingToken)
    {
        var maxSleep = options.Value.MaxSleep;
        var delay = next is { } n ? (n - Now()).ToTimeSpan() : maxSleep;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        if (delay > maxSleep)
        {
            delay = maxSleep;
        }

        LogSleeping(delay);

        // The timer runs on the TimeProvider, so tests drive it with a fake clock; the signal cuts it short.
        using var timeout = new CancellationTokenSource(delay, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The timer fired: time for the next pass.
        }
    }

    private Instant Now() => Instant.FromDateTimeOffset(time.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily scheduler is disabled (Daily:Enabled = false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Daily scheduler sleeps for {Delay}")]
    private partial void LogSleeping(TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily scheduler pass failed; retrying shortly")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily post for guild {GuildId} failed; other servers are unaffected")]
    private partial void LogGuildFailed(Exception exception, ulong guildId);
}
