namespace StoryBot.Discord.Fake.Recording;

/// <summary>A thread-safe append-only log that tests can wait on.</summary>
/// <typeparam name="T">Item type.</typeparam>
internal sealed class Recorder<T>
    where T : class
{
    private readonly Lock gate = new();
    private readonly List<T> items = [];
    private readonly List<(Func<T, bool> Predicate, TaskCompletionSource<T> Completion)> waiters = [];

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return items.Count;
            }
        }
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>> toComplete = [];
        lock (gate)
        {
            items.Add(item);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Predicate(item))
                {
                    toComplete.Add(waiters[i].Completion);
                    waiters.RemoveAt(i);
                }
            }
        }

        foreach (var completion in toComplete)
        {
            completion.TrySetResult(item);
        }
    }

    /// <summary>Re-examines waiters after an item was mutated in place (e.g. a request got its status).</summary>
    public void Touch(T item)
    {
        List<TaskCompletionSource<T>> toComplete = [];
        lock (gate)
        {
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Predicate(item))
                {
                    toComplete.Add(waiters[i].Completion);
                    waiters.RemoveAt(i);
                }
            }
        }

        foreach (var completion in toComplete)
        {
            completion.TrySetResult(item);
        }
    }

    /// <summary>Returns the first item (already recorded or future) matching <paramref name="predicate"/>.</summary>
    public async Task<T> WaitAsync(Func<T, bool> predicate, CancellationToken cancellationToken)
    {
        TaskCompletionSource<T> completion;
        (Func<T, bool>, TaskCompletionSource<T>) entry;
        lock (gate)
        {
            foreach (var item in items)
            {
                if (predicate(item))
                {
                    return item;
                }
            }

            completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            entry = (predicate, completion);
            waiters.Add(entry);
        }

        using (cancellationToken.Register(() =>
        {
            lock (gate)
            {
                waiters.Remove(entry);
            }

            completion.TrySetCanceled(cancellationToken);
        }))
        {
            return await completion.Task.ConfigureAwait(false);
        }
    }
}
