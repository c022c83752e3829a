using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StoryBot.Discord.Diagnostics;
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
    private volatile bool _handshakeFailed;
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

    public async Task<ConnectionResult> RunAsync(Uri gatewayUrl, bool resume, CancellationToken stoppingToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var url = GatewayUrl.WithQuery(gatewayUrl);
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
                        handshake = HandshakeAsync(resume, connection);
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
        catch (OperationCanceledException) when ((_zombie || _handshakeFailed) && !stoppingToken.IsCancellationRequested)
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

    private async Task HandshakeAsync(bool resume, CancellationTokenSource connection)
    {
        var cancellationToken = connection.Token;
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
#pragma warning disable CA1031 // e.g. the identify coordinator's database: this connection is given up, the shard retries
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Left alone the connection would stay open and never identify, and the exception would end the host
            // when it finally dropped. Give it up (4000) and let the shard connect again after its back-off.
            LogHandshakeFailed(_logger, ex);
            _handshakeFailed = true;
            await CloseAsync(ResumableClose, "identify failed").ConfigureAwait(false);
            await connection.CancelAsync().ConfigureAwait(false);
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
        var heartbeat = new GatewaySendJson<long?> { Op = (int)GatewayOpcode.Heartbeat, D = _session.Sequence };
        return SendAsync(heartbeat, Json.GatewaySendJsonNullableInt64, cancellationToken);
    }
}
