using StoryBot.Data.Coordination;
using StoryBot.Discord.Gateway;

namespace StoryBot.DiscordBridge;

/// <summary>
/// The identify rules for every process that shares the store: the <see cref="IdentifyLedger"/> lives in one row of
/// the database and is read, applied and written under the store's exclusive lock, so two processes never take the
/// same rate-limit key within 5 seconds nor spend the session start budget twice.
/// </summary>
public sealed class DatabaseIdentifyCoordinator(SharedStateStore store) : IIdentifyCoordinator
{
    /// <summary>The row's name.</summary>
    public const string LedgerName = "discord-identify";

    public Task<TimeSpan> TryIdentifyAsync(IdentifyAttempt attempt, CancellationToken cancellationToken) =>
        store.UpdateAsync(
            LedgerName,
            current =>
            {
                var ledger = IdentifyLedger.FromJson(current);
                var wait = ledger.TryTake(attempt);
                return (ledger.ToJson(), wait);
            },
            cancellationToken);
}
