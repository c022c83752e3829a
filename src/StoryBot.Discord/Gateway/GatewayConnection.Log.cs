using Microsoft.Extensions.Logging;

namespace StoryBot.Discord.Gateway;

/// <summary>Log messages of a gateway connection (token never included; remote text is scrubbed).</summary>
internal sealed partial class GatewayConnection
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway connection to {Host} failed: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, string host, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gateway connected to {Host} (resume: {Resume})")]
    private static partial void LogConnected(ILogger logger, string host, bool resume);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway closed by Discord with code {CloseCode} ({Reason})")]
    private static partial void LogServerClosed(ILogger logger, int? closeCode, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway asked us to reconnect (op 7); resuming")]
    private static partial void LogReconnectRequested(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway invalidated the session (op 9, resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway connection dropped: {Reason}; resuming")]
    private static partial void LogDropped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway READY as {User} (application {ApplicationId}, {GuildCount} guilds)")]
    private static partial void LogReady(ILogger logger, string user, ulong applicationId, int guildCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway RESUMED ({Replayed} events replayed)")]
    private static partial void LogResumed(ILogger logger, int replayed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gateway RESUME sent at sequence {Sequence}")]
    private static partial void LogResuming(ILogger logger, long sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gateway IDENTIFY sent (shard {ShardId}/{ShardCount}, intents GUILDS)")]
    private static partial void LogIdentified(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway frame of {Bytes} bytes is not a gateway payload ({Reason}); skipped")]
    private static partial void LogUnreadableFrame(ILogger logger, int bytes, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway event {EventName} (s={Sequence}) could not be read ({Reason}); skipped")]
    private static partial void LogUnreadableEvent(ILogger logger, string? eventName, long? sequence, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gateway IDENTIFY could not be prepared; reconnecting")]
    private static partial void LogHandshakeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK within {IntervalMs} ms: zombie connection, reconnecting to resume")]
    private static partial void LogZombie(ILogger logger, double intervalMs);
}
