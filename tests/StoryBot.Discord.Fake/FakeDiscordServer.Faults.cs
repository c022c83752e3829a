using StoryBot.Discord.Fake.Gateway;
using StoryBot.Discord.Fake.Rest;

namespace StoryBot.Discord.Fake;

/// <summary>Fault injection on the gateway and REST.</summary>
public sealed partial class FakeDiscordServer
{
    private volatile bool refuseGatewayConnections;

    /// <summary>While true, every new gateway WebSocket is refused with HTTP 503 (an outage: the bot cannot reconnect).</summary>
    public bool RefuseGatewayConnections
    {
        get => refuseGatewayConnections;
        set => refuseGatewayConnections = value;
    }

    /// <summary>Drops the current gateway connection without a close frame (TCP reset).</summary>
    public Task DropConnectionAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Current().Abort();
        return Task.CompletedTask;
    }

    /// <summary>Sends op 7 Reconnect; the client is expected to close and RESUME.</summary>
    public Task SendReconnectAsync(CancellationToken cancellationToken = default) =>
        Current().SendAsync(new System.Text.Json.Nodes.JsonObject { ["t"] = null, ["s"] = null, ["op"] = 7, ["d"] = null }, cancellationToken);

    /// <summary>Sends op 9 Invalid Session; with <paramref name="resumable"/> false the session is also invalidated so RESUME fails.</summary>
    public Task SendInvalidSessionAsync(bool resumable, CancellationToken cancellationToken = default)
    {
        if (!resumable)
        {
            hub.InvalidateCurrentSession();
        }

        return Current().SendAsync(GatewayHub.InvalidSession(resumable), cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="frame"/> as is on the current connection (an unknown opcode, a payload shaped like another
    /// implementation's): for tolerance tests. No sequence number is added.
    /// </summary>
    public Task SendRawFrameAsync(System.Text.Json.Nodes.JsonObject frame, CancellationToken cancellationToken = default) =>
        Current().SendAsync(frame, cancellationToken);

    /// <summary>Sends op 1 Heartbeat request; the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync(CancellationToken cancellationToken = default) =>
        Current().SendAsync(new System.Text.Json.Nodes.JsonObject { ["op"] = 1, ["d"] = null }, cancellationToken);

    /// <summary>
    /// Closes the current connection with <paramref name="closeCode"/>. Codes after which Discord does not let the session
    /// resume (4003, 4004, 4007, 4009–4014) also invalidate the session.
    /// </summary>
    public Task CloseConnectionAsync(int closeCode, string reason = "", CancellationToken cancellationToken = default)
    {
        if (closeCode is 4003 or 4004 or 4007 or (>= 4009 and <= 4014))
        {
            hub.InvalidateCurrentSession();
        }

        return Current().CloseAsync(closeCode, reason, cancellationToken);
    }

    /// <summary>Invalidates the current session without telling the client (a later RESUME gets op 9 d:false).</summary>
    public void InvalidateSession() => hub.InvalidateCurrentSession();

    /// <summary>
    /// The next <paramref name="count"/> requests to <paramref name="route"/> (a route key such as
    /// <c>"POST /channels/{channel_id}/messages"</c>, or null for any) get 429 with <paramref name="retryAfter"/>.
    /// </summary>
    public void InjectRateLimit(int count, TimeSpan retryAfter, RateLimitScope scope = RateLimitScope.User, string? route = null) =>
        rateLimiter.Inject(new InjectedFault { Route = route, Remaining = count, Status = 429, RetryAfter = retryAfter, Scope = scope });

    /// <summary>The next <paramref name="count"/> requests to <paramref name="route"/> (or any) get <paramref name="status"/> (500, 502, 503, 504).</summary>
    public void InjectServerError(int count, int status = 500, string? route = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        rateLimiter.Inject(new InjectedFault { Route = route, Remaining = count, Status = status });
    }

    /// <summary>
    /// The next request <paramref name="method"/> <paramref name="path"/> (under <c>/api/v10</c>, e.g.
    /// <c>/channels/9000/messages</c>) is handled as usual (a message is created) and recorded, but its response is
    /// never sent: the request hangs until the client gives up or dies, then the connection is dropped. For "the process
    /// was killed after Discord took the message, before it heard back".
    /// </summary>
    public void HoldNextResponse(string method, string path) =>
        state.HeldResponses.AddOrUpdate(method + " " + path, 1, (_, count) => count + 1);

    /// <summary>Removes every pending injected REST fault.</summary>
    public void ClearInjectedFaults() => rateLimiter.ClearFaults();

    private GatewayConnection Current() =>
        hub.CurrentConnection is { IsOpen: true } connection
            ? connection
            : throw new InvalidOperationException("No open gateway connection.");
}
