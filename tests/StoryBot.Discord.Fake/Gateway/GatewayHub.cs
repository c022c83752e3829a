using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake.Gateway;

/// <summary>The gateway: accepts WebSockets, runs the HELLO/IDENTIFY/RESUME/heartbeat protocol (gateway.mdx, gateway-events.mdx).</summary>
internal sealed class GatewayHub(FakeState state)
{
    /// <summary>GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT (gateway.mdx "Privileged Intents").</summary>
    public const long PrivilegedIntents = (1L << 1) | (1L << 8) | (1L << 15);

    /// <summary>Every intent bit defined in gateway.mdx (0–25 minus the unused 17–19, 22, 23 are tolerated by Discord; anything above 1&lt;&lt;25 is invalid).</summary>
    public const long AllIntents = (1L << 26) - 1;

    /// <summary>Discord closes the connection for payloads over 4096 bytes (gateway.mdx "Sending Events").</summary>
    private const int MaxPayloadBytes = 4096;

    private readonly ConcurrentDictionary<string, GatewaySession> sessions = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int connectionCount;
    private int sessionStartsRemaining = state.Options.SessionStartLimit;
    private GatewaySession? currentSession;
    private GatewayConnection? currentConnection;

    private readonly ConcurrentDictionary<int, GatewayConnection> open = new();

    /// <summary>The latest session of each shard id (IDENTIFY or RESUME), where that shard's events go.</summary>
    private readonly ConcurrentDictionary<int, GatewaySession> byShard = new();

    /// <summary>The shard a server's events go to: <c>(guild_id &gt;&gt; 22) % shard_count</c>; DMs (no guild) on shard 0 (gateway.mdx "Sharding").</summary>
    public static int ShardFor(ulong? guildId, int shardCount) =>
        guildId is { } g && shardCount > 1 ? (int)((g >> 22) % (ulong)shardCount) : 0;

    /// <summary>The session that receives events for <paramref name="guildId"/>, or null when no session runs that shard.</summary>
    public GatewaySession? SessionFor(ulong? guildId)
    {
        var current = CurrentSession;
        if (current is null)
        {
            return null;
        }

        return byShard.TryGetValue(ShardFor(guildId, current.ShardCount), out var session) && !session.Invalidated ? session : null;
    }

    /// <summary>Shard ids with a session (connected or waiting to resume).</summary>
    public IReadOnlyCollection<int> ShardsWithSession => [.. byShard.Where(p => !p.Value.Invalidated).Select(p => p.Key).Order()];

    /// <summary>
    /// Sessions of <paramref name="shardId"/> that are valid and connected right now. Two processes running one shard (a
    /// rolling deploy) make two; events of the shard go to the newest (<see cref="SessionFor"/>), the older stays
    /// connected and heart-beating until its process stops.
    /// </summary>
    public int ConnectedSessions(int shardId) =>
        sessions.Values.Count(s => s.ShardId == shardId && !s.Invalidated && s.Connection is { IsOpen: true, Authenticated: true });

    public bool AckHeartbeats { get; set; } = true;

    /// <summary>ws:// URL returned by GET /gateway/bot.</summary>
    public string GatewayUrl { get; set; } = string.Empty;

    /// <summary>Drops every open connection (server shutdown).</summary>
    public void AbortAll()
    {
        foreach (var connection in open.Values)
        {
            connection.Abort();
        }
    }

    public int SessionStartsRemaining => Volatile.Read(ref sessionStartsRemaining);

    public GatewaySession? CurrentSession
    {
        get
        {
            lock (gate)
            {
                return currentSession;
            }
        }
    }

    public GatewayConnection? CurrentConnection
    {
        get
        {
            lock (gate)
            {
                return currentConnection;
            }
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var id = Interlocked.Increment(ref connectionCount);
        var connection = new GatewayConnection(id, socket, context, state);
        lock (gate)
        {
            currentConnection = connection;
        }

        open[id] = connection;
        state.Connections.Add(new GatewayConnectionInfo(id, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, state.Clock.GetUtcNow()));
        var aborted = context.RequestAborted;
        try
        {
            if (context.Request.Query["v"] != "10")
            {
                await connection.CloseAsync(4012, "Invalid API version", aborted).ConfigureAwait(false);
                await DrainAsync(connection, aborted).ConfigureAwait(false);
                return;
            }

            if (context.Request.Query["encoding"] is { Count: > 0 } encoding && encoding != "json")
            {
                await connection.CloseAsync(4002, "Decode error", aborted).ConfigureAwait(false);
                await DrainAsync(connection, aborted).ConfigureAwait(false);
                return;
            }

            await connection.SendAsync(
                new JsonObject { ["t"] = null, ["s"] = null, ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = state.Options.HeartbeatIntervalMs } },
                aborted).ConfigureAwait(false);
            connection.LastHeartbeat = state.Clock.GetUtcNow();
            using var stopWatchdog = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            var watchdog = WatchHeartbeatsAsync(connection, stopWatchdog.Token);
            try
            {
                await ReceiveLoopAsync(connection, aborted).ConfigureAwait(false);
            }
            finally
            {
                await stopWatchdog.CancelAsync().ConfigureAwait(false);
                await watchdog.ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            if (!connection.AbortedByServer)
            {
                RecordClientClose(connection, null, "connection lost: " + ex.GetType().Name);
            }
        }
        finally
        {
            connection.MarkClosed();
            open.TryRemove(id, out _);
            await DetachAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Closes a connection that stopped heartbeating (only when <see cref="FakeDiscordOptions.HeartbeatTimeoutFactor"/> is set).</summary>
    private async Task WatchHeartbeatsAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        if (state.Options.HeartbeatTimeoutFactor is not { } factor)
        {
            return;
        }

        var timeout = TimeSpan.FromMilliseconds(state.Options.HeartbeatIntervalMs * factor);
        try
        {
            while (connection.IsOpen)
            {
                var due = connection.LastHeartbeat + timeout - state.Clock.GetUtcNow();
                if (due <= TimeSpan.Zero)
                {
                    await connection.CloseAsync(4000, "Heartbeat timed out", cancellationToken).ConfigureAwait(false);
                    return;
                }

                await Task.Delay(due, state.Clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Connection ended.
        }
    }

    private async Task ReceiveLoopAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var chunk = new byte[8192];
        while (true)
        {
            buffer.Clear();
            WebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    var status = (int?)connection.Socket.CloseStatus;
                    RecordClientClose(connection, status, connection.Socket.CloseStatusDescription ?? string.Empty);
                    if (connection.Session is { } closing && status is 1000 or 1001)
                    {
                        // gateway.mdx "Disconnecting": closing with 1000/1001 invalidates the session.
                        closing.Invalidated = true;
                    }

                    if (connection.Socket.State == WebSocketState.CloseReceived)
                    {
                        await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, string.Empty, cancellationToken).ConfigureAwait(false);
                    }

                    connection.MarkClosed();
                    return;
                }

                buffer.Write(chunk.AsSpan(0, result.Count));
            }
            while (!result.EndOfMessage && buffer.WrittenCount <= MaxPayloadBytes);

            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            JsonNode? payload = null;
            try
            {
                payload = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                payload = null;
            }

            // The token never lands in a recording: IDENTIFY and RESUME are stored with it redacted.
            var recorded = payload?.DeepClone();
            if (recorded?["d"] is JsonObject recordedData && recordedData.ContainsKey("token"))
            {
                recordedData["token"] = "[redacted]";
            }

            state.Frames.Add(new RecordedFrame
            {
                Sequence = state.NextFrameSequence(),
                ConnectionId = connection.Id,
                Direction = FrameDirection.Received,
                Text = recorded is null ? text.Replace(state.Options.Token, "[redacted]", StringComparison.Ordinal) : recorded.ToJsonString(),
                Payload = recorded,
                Timestamp = state.Clock.GetUtcNow(),
            });

            if (!connection.IsOpen)
            {
                continue;
            }

            if (!connection.CountReceived(state.Clock.GetUtcNow(), state.Options.GatewaySendLimitPerMinute))
            {
                // gateway.mdx "Rate Limiting": 120 events per 60 seconds, else disconnected with 4008.
                await connection.CloseAsync(4008, "Rate limited.", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (buffer.WrittenCount > MaxPayloadBytes || result.MessageType != WebSocketMessageType.Text || payload is not JsonObject obj
                || Payloads.Int(obj["op"]) is not { } op)
            {
                await connection.CloseAsync(4002, "Decode error", cancellationToken).ConfigureAwait(false);
                continue;
            }

            await HandlePayloadAsync(connection, op, obj["d"], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandlePayloadAsync(GatewayConnection connection, int op, JsonNode? data, CancellationToken cancellationToken)
    {
        switch (op)
        {
            case 1:
                if (data is not null && data.GetValueKind() != JsonValueKind.Number)
                {
                    await connection.CloseAsync(4002, "Decode error", cancellationToken).ConfigureAwait(false);
                    return;
                }

                connection.LastHeartbeat = state.Clock.GetUtcNow();

                if (AckHeartbeats)
                {
                    await connection.SendAsync(new JsonObject { ["t"] = null, ["s"] = null, ["op"] = 11, ["d"] = null }, cancellationToken).ConfigureAwait(false);
                }

                return;
            case 2:
                await IdentifyAsync(connection, data as JsonObject, cancellationToken).ConfigureAwait(false);
                return;
            case 6:
                await ResumeAsync(connection, data as JsonObject, cancellationToken).ConfigureAwait(false);
                return;
            case 3 or 4 or 8 or 31:
                if (!connection.Authenticated)
                {
                    await connection.CloseAsync(4003, "Not authenticated", cancellationToken).ConfigureAwait(false);
                }

                return;
            default:
                await connection.CloseAsync(4001, "Unknown opcode", cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    private async Task IdentifyAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (connection.Authenticated)
        {
            await connection.CloseAsync(4005, "Already authenticated", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (data?["token"] is not JsonValue tokenValue || tokenValue.GetValueKind() != JsonValueKind.String
            || data["properties"] is not JsonObject properties
            || properties["os"] is null || properties["browser"] is null || properties["device"] is null)
        {
            await connection.CloseAsync(4002, "Decode error", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(tokenValue.GetValue<string>(), state.Options.Token, StringComparison.Ordinal))
        {
            await connection.CloseAsync(4004, "Authentication failed.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var shardId = 0;
        var shardCount = 1;
        if (data["shard"] is { } shardNode)
        {
            if (shardNode is not JsonArray { Count: 2 } shard || Payloads.Int(shard[0]) is not { } id || Payloads.Int(shard[1]) is not { } count)
            {
                await connection.CloseAsync(4010, "Invalid shard.", cancellationToken).ConfigureAwait(false);
                return;
            }

            shardId = id;
            shardCount = count;
            if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
            {
                await connection.CloseAsync(4010, "Invalid shard.", cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        if (shardCount < state.Options.Shards)
        {
            await connection.CloseAsync(4011, "Sharding required.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (Payloads.Long(data["intents"]) is not { } intents || intents < 0 || (intents & ~AllIntents) != 0)
        {
            await connection.CloseAsync(4013, "Invalid intent(s).", cancellationToken).ConfigureAwait(false);
            return;
        }

        if ((intents & PrivilegedIntents & ~state.Options.ApprovedPrivilegedIntents) != 0)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s).", cancellationToken).ConfigureAwait(false);
            return;
        }

        var allowed = TryStartIdentify(shardId);
        if (state.Options.EnforceIdentifyConcurrency && !allowed)
        {
            // gateway.mdx "Session Start Limit": too many IDENTIFYs in a 5-second window for this rate_limit_key.
            await connection.SendAsync(InvalidSession(resumable: false), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (Interlocked.Decrement(ref sessionStartsRemaining) < 0)
        {
            state.IdentifyViolations.Add(string.Create(CultureInfo.InvariantCulture, $"shard {shardId}: IDENTIFY with no session starts remaining (session_start_limit.total {state.Options.SessionStartLimit})"));
        }

        var session = new GatewaySession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), shardId, shardCount, state.Options.ResumeBufferSize);
        sessions[session.Id] = session;
        await session.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Session = session;
            connection.Authenticated = true;
            session.Connection = connection;
            lock (gate)
            {
                currentSession = session;
            }

            byShard[shardId] = session;
            var (_, json) = session.Append("READY", BuildReady(session));
            await connection.SendTextAsync(json, cancellationToken).ConfigureAwait(false);
            if (state.Options.SendGuildCreate && (intents & 1) != 0)
            {
                foreach (var guildId in GuildsOf(session))
                {
                    var (_, guild) = session.Append("GUILD_CREATE", GuildPayloads.GuildCreate(state, guildId));
                    await connection.SendTextAsync(guild, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private readonly Dictionary<int, Queue<DateTimeOffset>> identifyWindows = [];

    /// <summary>
    /// Records the IDENTIFY and says whether it kept the limit: one per 5 seconds per rate-limit key
    /// (<c>shard_id % max_concurrency</c>, gateway.mdx "Max Concurrency"). A breach is always recorded in
    /// <see cref="FakeState.IdentifyViolations"/>; it is refused only with <see cref="FakeDiscordOptions.EnforceIdentifyConcurrency"/>.
    /// </summary>
    private bool TryStartIdentify(int shardId)
    {
        var key = shardId % Math.Max(1, state.Options.MaxConcurrency);
        var now = state.Clock.GetUtcNow();
        state.Identifies.Add(new Recording.RecordedIdentify(shardId, key, now));
        lock (gate)
        {
            if (!identifyWindows.TryGetValue(key, out var window))
            {
                window = new Queue<DateTimeOffset>();
                identifyWindows[key] = window;
            }

            while (window.Count > 0 && now - window.Peek() >= TimeSpan.FromSeconds(5))
            {
                window.Dequeue();
            }

            if (window.Count >= 1)
            {
                state.IdentifyViolations.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"shard {shardId}: IDENTIFY {(now - window.Peek()).TotalMilliseconds:0} ms after another in rate-limit key {key} (max_concurrency {state.Options.MaxConcurrency}: one per 5 s)"));
                if (state.Options.EnforceIdentifyConcurrency)
                {
                    return false;
                }
            }

            window.Enqueue(now);
            return true;
        }
    }

    /// <summary>The servers on <paramref name="session"/>'s shard.</summary>
    private IEnumerable<ulong> GuildsOf(GatewaySession session) =>
        state.Options.ExtraGuildIds.Prepend(state.Options.GuildId).Where(g => ShardFor(g, session.ShardCount) == session.ShardId);

    private JsonObject BuildReady(GatewaySession session)
    {
        var guilds = new JsonArray();
        foreach (var guild in GuildsOf(session))
        {
            guilds.Add(new JsonObject { ["id"] = Payloads.Id(guild), ["unavailable"] = true });
        }

        return new JsonObject
        {
            ["v"] = 10,
            ["user_settings"] = new JsonObject(),
            ["user"] = new JsonObject
            {
                ["verified"] = true,
                ["username"] = state.Options.BotUserName,
                ["mfa_enabled"] = false,
                ["id"] = Payloads.Id(state.Options.ApplicationId),
                ["global_name"] = null,
                ["flags"] = 0,
                ["email"] = null,
                ["discriminator"] = "0",
                ["bot"] = true,
                ["avatar"] = null,
            },
            ["guilds"] = guilds,
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = ResumeGatewayUrl,
            ["shard"] = new JsonArray(session.ShardId, session.ShardCount),
            ["application"] = new JsonObject { ["id"] = Payloads.Id(state.Options.ApplicationId), ["flags"] = 565248 },
            ["private_channels"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["relationships"] = new JsonArray(),
            ["guild_join_requests"] = new JsonArray(),
            ["geo_ordered_rtc_regions"] = new JsonArray("us-east", "us-central"),
            ["auth"] = new JsonObject(),
            ["session_type"] = "normal",
        };
    }

    /// <summary>ws:// URL given as resume_gateway_url (a different path from the main gateway, so tests can see which one a client used).</summary>
    public string ResumeGatewayUrl { get; set; } = string.Empty;

    private async Task ResumeAsync(GatewayConnection connection, JsonObject? data, CancellationToken cancellationToken)
    {
        if (connection.Authenticated)
        {
            await connection.CloseAsync(4005, "Already authenticated", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (data?["token"] is not JsonValue tokenValue || tokenValue.GetValueKind() != JsonValueKind.String
            || data["session_id"] is not JsonValue sessionValue || sessionValue.GetValueKind() != JsonValueKind.String
            || Payloads.Long(data["seq"]) is not { } seq)
        {
            await connection.CloseAsync(4002, "Decode error", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(tokenValue.GetValue<string>(), state.Options.Token, StringComparison.Ordinal))
        {
            await connection.CloseAsync(4004, "Authentication failed.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!sessions.TryGetValue(sessionValue.GetValue<string>(), out var session) || session.Invalidated)
        {
            await connection.SendAsync(InvalidSession(resumable: false), cancellationToken).ConfigureAwait(false);
            return;
        }

        await session.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (seq > session.Seq || seq < 0)
            {
                await connection.CloseAsync(4007, "Invalid seq.", cancellationToken).ConfigureAwait(false);
                return;
            }

            var missed = session.Since(seq);
            if (missed is null)
            {
                await connection.SendAsync(InvalidSession(resumable: false), cancellationToken).ConfigureAwait(false);
                return;
            }

            if (session.Connection is { } previous && previous != connection && previous.IsOpen)
            {
                // A session has one connection; the old socket is closed when a new one resumes it.
                await previous.CloseAsync(4000, "Session resumed elsewhere", cancellationToken).ConfigureAwait(false);
            }

            session.Connection = connection;
            connection.Session = session;
            connection.Authenticated = true;
            lock (gate)
            {
                currentSession = session;
            }

            byShard[session.ShardId] = session;

            foreach (var json in missed)
            {
                await connection.SendTextAsync(json, cancellationToken).ConfigureAwait(false);
            }

            var (_, resumed) = session.Append("RESUMED", new JsonObject { ["_trace"] = new JsonArray("[\"fake-discord\"]") });
            await connection.SendTextAsync(resumed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            session.Lock.Release();
        }
    }

    public static JsonObject InvalidSession(bool resumable) => new() { ["t"] = null, ["s"] = null, ["op"] = 9, ["d"] = resumable };

    /// <summary>
    /// Dispatches an event on the session of the shard its <c>guild_id</c> belongs to (shard 0 without one); buffered
    /// for RESUME when that session's connection is down.
    /// </summary>
    public Task<long> DispatchAsync(string eventName, JsonNode? data, CancellationToken cancellationToken) =>
        AppendAndSendAsync(Guild(data), session => session.Append(eventName, data), cancellationToken);

    /// <summary>As <see cref="DispatchAsync"/> for a <c>d</c> already serialized (see <see cref="GatewaySession.AppendSerialized"/>).</summary>
    public Task<long> DispatchSerializedAsync(string eventName, ulong? guildId, string dataJson, CancellationToken cancellationToken) =>
        AppendAndSendAsync(guildId, session => session.AppendSerialized(eventName, dataJson), cancellationToken);

    private static ulong? Guild(JsonNode? data) =>
        data is JsonObject obj && obj["guild_id"] is JsonValue value && ulong.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private async Task<long> AppendAndSendAsync(ulong? guildId, Func<GatewaySession, (long Seq, string Json)> append, CancellationToken cancellationToken)
    {
        var current = CurrentSession ?? throw new InvalidOperationException("No gateway session: wait for READY (FakeDiscordServer.WaitForReadyAsync) before dispatching.");
        var session = SessionFor(guildId) ?? throw new NoShardSessionException(ShardFor(guildId, current.ShardCount));
        await session.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (seq, json) = append(session);
            if (session.Connection is { IsOpen: true } connection)
            {
                await connection.SendTextAsync(json, cancellationToken).ConfigureAwait(false);
            }

            return seq;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    /// <summary>Invalidates the current session so RESUME fails with op 9 d:false.</summary>
    public void InvalidateCurrentSession()
    {
        if (CurrentSession is { } session)
        {
            session.Invalidated = true;
        }
    }

    private async Task DetachAsync(GatewayConnection connection)
    {
        if (connection.Session is { } session)
        {
            await session.Lock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                if (session.Connection == connection)
                {
                    session.Connection = null;
                }
            }
            finally
            {
                session.Lock.Release();
            }
        }
    }

    private void RecordClientClose(GatewayConnection connection, int? status, string description)
    {
        state.Frames.Add(new RecordedFrame
        {
            Sequence = state.NextFrameSequence(),
            ConnectionId = connection.Id,
            Direction = FrameDirection.ClosedByClient,
            Text = status is null ? description : $"close {status} {description}",
            CloseStatus = status,
            Timestamp = state.Clock.GetUtcNow(),
        });
    }

    private static async Task DrainAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var chunk = new byte[1024];
        try
        {
            while (connection.Socket.State == WebSocketState.CloseSent)
            {
                var result = await connection.Socket.ReceiveAsync(chunk, timeout.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Peer went away.
        }
    }
}
