using Microsoft.Extensions.Time.Testing;

namespace StoryBot.Testing;

/// <summary>
/// <see cref="FakeTimeProvider"/> (Microsoft.Extensions.TimeProvider.Testing), which moves only when told and fires due
/// timers in order with the clock set to each one's due time, plus what our tests need on top: which timers are armed,
/// and a way to wait until the code under test has started waiting (e.g. on a round deadline) before moving the clock.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    /// <summary>Monday 23 November 2026, 12:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<WatchedTimer> _timers = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TestClock(DateTimeOffset? start = null)
        : base(start ?? DefaultStart)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var watched = new WatchedTimer(this);
        watched.Inner = base.CreateTimer(
            s =>
            {
                watched.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);
        watched.Arm(dueTime, period);
        return watched;
    }

    /// <summary>Due times of the timers currently armed, earliest first.</summary>
    public IReadOnlyList<DateTimeOffset> PendingTimers()
    {
        lock (_gate)
        {
            return [.. _timers.Where(timer => timer.Due is not null).Select(timer => timer.Due!.Value).Order()];
        }
    }

    /// <summary>Moves the clock forward to <paramref name="instant"/>, firing due timers on the way.</summary>
    public void AdvanceTo(DateTimeOffset instant) => Advance(instant - GetUtcNow());

    /// <summary>Completes when an armed timer matches <paramref name="match"/> (by due time); a safety net times out.</summary>
    public async Task WaitForTimerAsync(Func<DateTimeOffset, bool> match, TimeSpan? safetyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var timeout = new CancellationTokenSource(safetyTimeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_timers.Any(timer => timer.Due is { } due && match(due)))
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Completes when a timer due exactly at <paramref name="due"/> is armed.</summary>
    public Task WaitForTimerDueAsync(DateTimeOffset due) => WaitForTimerAsync(at => at == due);

    /// <summary>Completes when at least <paramref name="count"/> timers are armed.</summary>
    public async Task WaitForTimersAsync(int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_timers.Count(timer => timer.Due is not null) >= count)
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }

    private void Changed(WatchedTimer timer, bool remove)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (remove)
            {
                _timers.Remove(timer);
            }
            else if (!_timers.Contains(timer))
            {
                _timers.Add(timer);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>The real fake timer, with its due time kept where the clock can see it.</summary>
    private sealed class WatchedTimer(TestClock owner) : ITimer
    {
        private TimeSpan _period;

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? Due { get; private set; }

        public void Arm(TimeSpan dueTime, TimeSpan period)
        {
            _period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            Due = dueTime == Timeout.InfiniteTimeSpan ? null : owner.GetUtcNow() + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
            owner.Changed(this, remove: false);
        }

        public void Fired()
        {
            Due = _period > TimeSpan.Zero ? owner.GetUtcNow() + _period : null;
            owner.Changed(this, remove: false);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool changed = Inner.Change(dueTime, period);
            Arm(dueTime, period);
            return changed;
        }

        public void Dispose()
        {
            Inner.Dispose();
            owner.Changed(this, remove: true);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
