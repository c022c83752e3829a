using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using StoryBot.Discord.Diagnostics;
using StoryBot.Discord.Gateway.Events;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway (gateway.mdx#connection-lifecycle): HELLO, heartbeats, IDENTIFY or
/// RESUME, the read loop. Events go to bounded queues so handlers never block reading or heartbeating.
/// </summary>
internal sealed partial class GatewayConnection : IDisposable
{
    /// <summary>GUILDS only: no privileged intents (gateway.mdx#list-of-intents).</summary>
    public const int Intents = 1 << 0;

    /// <summary>Close code we use to leave while keeping the session resumable (anything but 1000/1001, gateway.mdx#initiating-a-disconnect).</summary>
    private const WebSocketCloseStatus ResumableClose = (WebSocketCloseStatus)4000;

    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly DiscordOptions _options;
    private readonly GatewaySessionState _session;
    private readonly IdentifyGate _identifyGate;
    private readonly InteractionDispatcher _interactions;
    private readonly GatewayEventDispatcher _events;
    private readonly TimeProvider _time;
    private readonly IRandomSource _random;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger _logger;
    private readonly HeartbeatMonitor _heartbeats = new();
    private volatile bool _zombie;
    private long _heartbeatSentAt;
    private int _replayed;
    private bool _resuming;
    private Uri? _gatewayUrl;

    public GatewayConnection(
        DiscordOptions options,
        GatewaySessionState session,
        IdentifyGate identifyGate,
        InteractionDispatcher interactions,
        GatewayEventDispatcher events,
        TimeProvider time,
        IRandomSource random,
        DiscordMetrics metrics,
        ILogger logger)
    {
        _options = options;
        _session = session;
        _identifyGate = identifyGate;
        _interactions = interactions;
        _events = events;
        _time = time;
        _random = random;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary><c>?v=10&amp;encoding=json</c> on the given gateway URL (gateway.mdx#connecting).</summary>
    public static Uri WithQuery(Uri gatewayUrl)
    {
        ArgumentNullException.ThrowIfNull(gatewayUrl);
        var builder = new UriBuilder(gatewayUrl) { Query = "v=10&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    public async Task<ConnectionResult> RunAsync(Uri gatewayUrl, bool resume, CancellationToken stoppingToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var url = WithQuery(gatewayUrl);
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            connectTimeout.CancelAfter(_options.ConnectTimeout);
            await _socket.ConnectAsync(url, connectTimeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            LogConnectFailed(_logger, url.GetLeftPart(UriPartial.Authority), Scrub(ex.Message));
            return new ConnectionResult(ReconnectAction.Resume, ConnectFailed: true);
        }

        LogConnected(_logger, url.GetLeftPart(UriPartial.Authority), resume);
        _gatewayUrl = gatewayUrl;
        _resuming = resume;
        Task heartbeat = Task.CompletedTask;
        Task handshake = Task.CompletedTask;
        var healthy = false;
        try
        {
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            while (true)
            {
                var message = await ReceiveAsync(buffer, connection.Token).ConfigureAwait(false);
                if (message is null)
                {
                    var code = (int?)_socket.CloseStatus;
                    LogServerClosed(_logger, code, Scrub(_socket.CloseStatusDescription));
                    await EchoCloseAsync(code).ConfigureAwait(false);
                    var action = CloseCodePolicy.Decide(code);
                    return new ConnectionResult(action, code, healthy);
                }

                if (ReadPayload(message.Value.Span) is not { } payload)
                {
                    continue;
                }

                switch ((GatewayOpcode)payload.Op)
                {
                    case GatewayOpcode.Hello:
                        if (ReadEvent(payload, Json.HelloJson) is not { HeartbeatInterval: > 0 } hello)
                        {
                            // Without an interval we cannot keep the connection alive: try another.
                            return new ConnectionResult(ReconnectAction.Resume, WasHealthy: healthy);
                        }

                        _session.OnHello(TimeSpan.FromMilliseconds(hello.HeartbeatInterval));
                        heartbeat = HeartbeatLoopAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), connection);
                        handshake = HandshakeAsync(resume, connection.Token);
                        break;
                    case GatewayOpcode.Heartbeat:
                        // gateway.mdx#heartbeat-requests: answer at once.
                        await SendHeartbeatAsync(requested: true, connection.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        _heartbeats.OnAck();
                        _session.OnLatency(_time.GetElapsedTime(Interlocked.Read(ref _heartbeatSentAt)));
                        break;
                    case GatewayOpcode.Reconnect:
                        LogReconnectRequested(_logger);
                        await CloseAsync(ResumableClose, "reconnect requested").ConfigureAwait(false);
                        return new ConnectionResult(ReconnectAction.Resume, WasHealthy: healthy);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.D.ValueKind == JsonValueKind.True;
                        LogInvalidSession(_logger, resumable);
                        await CloseAsync(ResumableClose, "invalid session").ConfigureAwait(false);
                        return resumable
                            ? new ConnectionResult(ReconnectAction.Resume, WasHealthy: healthy)
                            : new ConnectionResult(ReconnectAction.Reidentify, WasHealthy: healthy, InvalidSession: true);
                    case GatewayOpcode.Dispatch:
                        // Queued with the stopping token: an event already received is never dropped because the connection died.
                        healthy |= await DispatchAsync(payload, stoppingToken).ConfigureAwait(false);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (_zombie && !stoppingToken.IsCancellationRequested)
        {
            return new ConnectionResult(ReconnectAction.Resume, WasHealthy: healthy);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session so the bot shows offline at once (gateway.mdx#initiating-a-disconnect).
            await CloseAsync(WebSocketCloseStatus.NormalClosure, "shutting down").ConfigureAwait(false);
            return new ConnectionResult(ReconnectAction.Stop, WasHealthy: healthy);
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException)
        {
            if (_zombie)
            {
                return new ConnectionResult(ReconnectAction.Resume, WasHealthy: healthy);
            }

            LogDropped(_logger, Scrub(ex.Message));
            return new ConnectionResult(ReconnectAction.Resume, WasHealthy: healthy);
        }
        finally
        {
            _session.OnDisconnected();
            await connection.CancelAsync().ConfigureAwait(false);
            _socket.Abort();
            await heartbeat.ConfigureAwait(false);
            await handshake.ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }

    /// <summary>
    /// A frame we cannot read at all (not JSON, <c>op</c> not a number) is logged and skipped: dropping the connection
    /// would not make the next one any better.
    /// </summary>
    private GatewayPayloadJson? ReadPayload(ReadOnlySpan<byte> frame)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, Json.GatewayPayloadJson);
        }
        catch (JsonException ex)
        {
            LogUnreadableFrame(_logger, frame.Length, Scrub(ex.Message));
            return null;
        }
    }

    /// <summary>
    /// The event's <c>d</c> as <typeparamref name="T"/>, or null when it is not an object of that shape. The caller
    /// skips such an event (logged) but still counts its sequence: a RESUME would only replay it, for ever.
    /// </summary>
    private T? ReadEvent<T>(GatewayPayloadJson payload, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (payload.D.ValueKind == JsonValueKind.Object)
        {
            try
            {
                return payload.D.Deserialize(typeInfo);
            }
            catch (JsonException ex)
            {
                LogUnreadableEvent(_logger, payload.T, payload.S, Scrub(ex.Message));
                return null;
            }
        }

        LogUnreadableEvent(_logger, payload.T, payload.S, "d is " + payload.D.ValueKind.ToString());
        return null;
    }

    /// <summary>Returns true on READY or RESUMED. Unknown events are ignored; unreadable ones are logged and skipped.</summary>
    private async Task<bool> DispatchAsync(GatewayPayloadJson payload, CancellationToken cancellationToken)
    {
        var healthy = false;
        switch (payload.T)
        {
            case "READY" when ReadEvent(payload, Json.ReadyJson) is { } ready:
                // gateway-events.mdx#ready: resume_gateway_url is always sent by Discord; without one (another
                // implementation) we resume on the URL this connection used.
                var resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var given) ? given : _gatewayUrl!;
                _session.OnReady(ready.SessionId, resumeUrl, ready.Application?.Id ?? 0);
                _session.OnGuilds(ready.Guilds?.Select(g => g.Id) ?? []);
                var user = ready.User?.ToUser() ?? new DiscordUser(0, "unknown", null);
                LogReady(_logger, user.Username, ready.Application?.Id ?? 0, ready.Guilds?.Count ?? 0);
                await _events.EnqueueAsync(
                    new ReadyEvent(ready.Application?.Id ?? 0, user, ready.SessionId, [.. (ready.Guilds ?? []).Select(g => g.Id)], _session.ShardId, _session.ShardCount),
                    cancellationToken).ConfigureAwait(false);
                healthy = true;
                break;
            case "RESUMED":
                _session.OnResumed();
                _metrics.Resumed(_session.ShardId);
                LogResumed(_logger, _replayed);
                await _events.EnqueueAsync(new ResumedEvent(_replayed), cancellationToken).ConfigureAwait(false);
                _resuming = false;
                healthy = true;
                break;
            case "INTERACTION_CREATE" when ReadEvent(payload, Json.InteractionJson) is { } interaction:
                await _interactions.EnqueueAsync(interaction, cancellationToken).ConfigureAwait(false);
                break;
            case "GUILD_CREATE" when ReadEvent(payload, Json.UnavailableGuildJson) is { } created:
                _session.OnGuildCreate(created.Id);
                await _events.EnqueueAsync(new GuildCreateEvent(created.Id, created.Name ?? "", created.MemberCount), cancellationToken).ConfigureAwait(false);
                break;
            case "GUILD_DELETE" when ReadEvent(payload, Json.UnavailableGuildJson) is { } deleted:
                // gateway-events.mdx#guild-delete: "If the unavailable field is not set, the user was removed from the guild."
                var outage = deleted.Unavailable ?? false;
                _session.OnGuildDelete(deleted.Id, outage);
                await _events.EnqueueAsync(new GuildDeleteEvent(deleted.Id, outage), cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }

        // Counted only once queued (or skipped), so a RESUME never skips an event we did not take.
        if (payload.S is { } sequence)
        {
            _session.Track(sequence);
            if (_resuming)
            {
                _replayed++;
            }
        }

        return healthy;
    }

    private async Task HandshakeAsync(bool resume, CancellationToken cancellationToken)
    {
        try
        {
            if (resume && _session.SessionId is { } sessionId && _session.Sequence is { } seq)
            {
                _session.OnResume();
                var resumeJson = new GatewaySendJson<ResumeJson>
                {
                    Op = (int)GatewayOpcode.Resume,
                    D = new ResumeJson { Token = _options.Token, SessionId = sessionId, Seq = seq },
                };
                await SendAsync(resumeJson, Json.GatewaySendJsonResumeJson, cancellationToken).ConfigureAwait(false);
                LogResuming(_logger, seq);
                return;
            }

            _resuming = false;
            await _identifyGate.WaitForTurnAsync(_session.ShardId, cancellationToken).ConfigureAwait(false);
            _session.OnIdentify();
            _metrics.Identified(_session.ShardId);
            var identify = new GatewaySendJson<IdentifyJson>
            {
                Op = (int)GatewayOpcode.Identify,
                D = new IdentifyJson
                {
                    Token = _options.Token,
                    Intents = Intents,
                    Properties = new IdentifyPropertiesJson { Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", Browser = "StoryBot", Device = "StoryBot" },
                    Shard = [_session.ShardId, _session.ShardCount],
                },
            };
            await SendAsync(identify, Json.GatewaySendJsonIdentifyJson, cancellationToken).ConfigureAwait(false);
            LogIdentified(_logger, _session.ShardId, _session.ShardCount);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended first; the read loop reports why.
        }
    }

    /// <summary>gateway.mdx#heartbeat-interval: first after interval × jitter, then every interval; no ACK in between = zombie.</summary>
    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        var cancellationToken = connection.Token;
        try
        {
            await Task.Delay(interval * _random.NextDouble(), _time, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (_heartbeats.IsZombie)
                {
                    LogZombie(_logger, interval.TotalMilliseconds);
                    _zombie = true;
                    await CloseAsync(ResumableClose, "heartbeat ACK missing").ConfigureAwait(false);
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                await SendHeartbeatAsync(requested: false, cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the read loop reports why.
        }
    }

    private Task SendHeartbeatAsync(bool requested, CancellationToken cancellationToken)
    {
        if (requested)
        {
            _heartbeats.OnRequestedHeartbeat();
        }
        else
        {
            _heartbeats.OnLoopHeartbeat();
        }

        Interlocked.Exchange(ref _heartbeatSentAt, _time.GetTimestamp());
        var heartbeat = new GatewaySendJson<int?> { Op = (int)GatewayOpcode.Heartbeat, D = _session.Sequence };
        return SendAsync(heartbeat, Json.GatewaySendJsonNullableInt32, cancellationToken);
    }

    private async Task SendAsync<T>(T payload, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<ReadOnlyMemory<byte>?> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return buffer.WrittenMemory;
            }
        }
    }

    /// <summary>Sends a close frame without waiting for the echo (the connection may be a zombie).</summary>
    /// <summary>
    /// Text from the other end (a close reason, a socket error) with the bot token and authorization values removed:
    /// a proxy or a misbehaving server may echo the token back.
    /// </summary>
    private string Scrub(string? text) => Logging.TokenScrubber.Scrub(text, _options.Token);

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Best effort: the socket is aborted right after.
        }
    }

    /// <summary>Completes a server-initiated close, echoing its code so a resumable session stays resumable.</summary>
    private Task EchoCloseAsync(int? code) =>
        CloseAsync(code is >= 4000 and <= 4999 ? (WebSocketCloseStatus)code.Value : ResumableClose, "closing");

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
    private static partial void LogResuming(ILogger logger, int sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Gateway IDENTIFY sent (shard {ShardId}/{ShardCount}, intents GUILDS)")]
    private static partial void LogIdentified(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway frame of {Bytes} bytes is not a gateway payload ({Reason}); skipped")]
    private static partial void LogUnreadableFrame(ILogger logger, int bytes, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway event {EventName} (s={Sequence}) could not be read ({Reason}); skipped")]
    private static partial void LogUnreadableEvent(ILogger logger, string? eventName, int? sequence, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK within {IntervalMs} ms: zombie connection, reconnecting to resume")]
    private static partial void LogZombie(ILogger logger, double intervalMs);
}
