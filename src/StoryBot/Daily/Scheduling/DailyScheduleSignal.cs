namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Wakes the <see cref="DailySchedulerService"/> early when a schedule changes, so it re-computes its next wake-up
/// instead of sleeping until a stale due time. Signals coalesce: many changes while the scheduler is busy mean one
/// extra pass.
/// </summary>
public sealed class DailyScheduleSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly Lock _gate = new();

    /// <summary>Asks the scheduler to re-read the schedules now.</summary>
    public void Notify()
    {
        lock (_gate)
        {
            if (_semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
    }

    /// <summary>Completes when <see cref="Notify"/> was called; throws when <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
