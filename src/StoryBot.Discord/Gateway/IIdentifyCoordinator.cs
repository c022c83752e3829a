namespace StoryBot.Discord.Gateway;

/// <summary>
/// Decides when a shard may IDENTIFY under the bot-wide limits: at most one IDENTIFY per rate-limit key
/// (<c>shard_id % max_concurrency</c>) per 5 seconds, and none when the session start limit is too low. The limits are
/// per bot, so processes that share a token share one coordinator: <see cref="InProcessIdentifyCoordinator"/> for one
/// process; the host replaces it with one backed by the shared database.
/// </summary>
public interface IIdentifyCoordinator
{
    /// <summary>
    /// Takes the IDENTIFY turn and records it (returns <see cref="TimeSpan.Zero"/>), or says how long to wait before
    /// asking again.
    /// </summary>
    Task<TimeSpan> TryIdentifyAsync(IdentifyAttempt attempt, CancellationToken cancellationToken);
}
