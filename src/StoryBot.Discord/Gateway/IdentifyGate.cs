using Microsoft.Extensions.Logging;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY for every shard of this process through the <see cref="IIdentifyCoordinator"/>: at most
/// <c>max_concurrency</c> identifies per 5-second window, one per rate-limit key (<c>shard_id % max_concurrency</c>,
/// gateway.mdx#max-concurrency), and none while the session start limit is at or below the reserve
/// (gateway.mdx#session-start-limit-object).
/// </summary>
internal sealed partial class IdentifyGate(IIdentifyCoordinator coordinator, TimeProvider time, DiscordOptions options, ILogger logger)
{
    private readonly Lock _lock = new();
    private GatewayBotInfo? _info;
    private DateTimeOffset _observedAt;

    /// <summary>Applies GET /gateway/bot's session start limit.</summary>
    public void Update(GatewayBotInfo info)
    {
        lock (_lock)
        {
            _info = info;
            _observedAt = time.GetUtcNow();
        }
    }

    /// <summary>Waits for this shard's turn and takes it.</summary>
    public async Task WaitForTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        while (true)
        {
            IdentifyAttempt attempt;
            lock (_lock)
            {
                var info = _info ?? throw new InvalidOperationException("GET /gateway/bot has not been read yet.");
                attempt = new IdentifyAttempt(
                    shardId,
                    info.MaxConcurrency,
                    options.IdentifyWindow + options.IdentifyMargin,
                    info.SessionStartTotal,
                    info.SessionStartRemaining,
                    _observedAt + info.SessionStartResetAfter,
                    _observedAt,
                    options.SessionStartReserve,
                    time.GetUtcNow());
            }

            var wait = await coordinator.TryIdentifyAsync(attempt, cancellationToken).ConfigureAwait(false);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            LogIdentifyWait(logger, shardId, wait.TotalMilliseconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Shard {ShardId}: IDENTIFY paced by max_concurrency/session start limit: waiting {DelayMs} ms")]
    private static partial void LogIdentifyWait(ILogger logger, int shardId, double delayMs);
}
