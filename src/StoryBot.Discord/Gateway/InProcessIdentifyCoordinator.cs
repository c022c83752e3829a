namespace StoryBot.Discord.Gateway;

/// <summary>The identify rules for the shards of one process (the default when no shared store is configured).</summary>
public sealed class InProcessIdentifyCoordinator : IIdentifyCoordinator
{
    private readonly Lock _lock = new();
    private readonly IdentifyLedger _ledger = new();

    public Task<TimeSpan> TryIdentifyAsync(IdentifyAttempt attempt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_ledger.TryTake(attempt));
        }
    }
}
