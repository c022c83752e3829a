using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryBot.Discord.Fake.Control;
using StoryBot.Discord.Fake.Gateway;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Discord.Fake.Rest;

namespace StoryBot.Discord.Fake;

/// <summary>
/// A fake Discord (REST API v10 under <c>/api/v10</c> and the gateway WebSocket) on Kestrel, for tests and by hand.
/// Start it with <see cref="StartAsync"/>, point a client at <see cref="ApiBaseUrl"/>, then drive it.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FakeState state;
    private readonly GatewayHub hub;
    private readonly RateLimiter rateLimiter;
    private int disposed;

    private FakeDiscordServer(WebApplication app, FakeState state, GatewayHub hub, RateLimiter rateLimiter, Uri baseAddress)
    {
        this.app = app;
        this.state = state;
        this.hub = hub;
        this.rateLimiter = rateLimiter;
        BaseAddress = baseAddress;
    }

    /// <summary>Starts a fake on <see cref="FakeDiscordOptions.Urls"/> (loopback, free port by default).</summary>
    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeDiscordOptions();
        var state = new FakeState(options);
        var hub = new GatewayHub(state);
        var rateLimiter = new RateLimiter(state);
        var pipeline = new RestPipeline(state, rateLimiter, [
            .. GatewayRoutes.All(() => hub.GatewayUrl, () => hub.SessionStartsRemaining),
            .. CommandRoutes.All(),
            .. InteractionRoutes.All(),
            .. WebhookRoutes.All(),
            .. ChannelRoutes.All(),
        ]);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(FakeDiscordServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        if (options.EnableConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        var app = builder.Build();
        app.UseWebSockets();
        FakeDiscordServer? server = null;
        app.Run(context => Route(context, pipeline, hub, () => server!));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        var ws = "ws://" + baseAddress.Authority;
        hub.GatewayUrl = ws + "/gateway";
        hub.ResumeGatewayUrl = ws + "/gateway-resume";
        server = new FakeDiscordServer(app, state, hub, rateLimiter, baseAddress);
        return server;
    }

    private static Task Route(HttpContext context, RestPipeline pipeline, GatewayHub hub, Func<FakeDiscordServer> server)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            return pipeline.HandleAsync(context, path["/api/v10".Length..]);
        }

        if (path.TrimEnd('/') is "/gateway" or "/gateway-resume")
        {
            if (server().RefuseGatewayConnections)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            return hub.HandleAsync(context);
        }

        if (path.StartsWith("/_fake/", StringComparison.Ordinal))
        {
            return ControlApi.HandleAsync(context, server());
        }

        if (path.StartsWith("/attachments/", StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method))
        {
            return server().ServeAttachmentAsync(context, path);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>The options the fake runs with.</summary>
    public FakeDiscordOptions Options => state.Options;

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    /// <summary>REST base, e.g. http://127.0.0.1:port/api/v10 (no trailing slash), for <c>Discord:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => new Uri(BaseAddress, "api/v10").ToString();

    /// <summary>The ws:// URL returned by GET /gateway/bot.</summary>
    public string GatewayUrl => hub.GatewayUrl;

    /// <summary>The ws:// URL sent as READY's resume_gateway_url (a different path, so tests can see which one was used).</summary>
    public string ResumeGatewayUrl => hub.ResumeGatewayUrl;

    /// <summary>Every REST request so far (snapshot), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => state.Requests.Snapshot();

    /// <summary>Every gateway frame in and out, and closes, so far (snapshot).</summary>
    public IReadOnlyList<RecordedFrame> Frames => state.Frames.Snapshot();

    /// <summary>Every interaction callback, accepted or rejected (snapshot).</summary>
    public IReadOnlyList<RecordedCallback> Callbacks => state.Callbacks.Snapshot();

    /// <summary>Every gateway WebSocket opened (snapshot).</summary>
    public IReadOnlyList<GatewayConnectionInfo> Connections => state.Connections.Snapshot();

    /// <summary>The current gateway session id (after READY), or null.</summary>
    public string? SessionId => hub.CurrentSession?.Id;

    /// <summary>Last sequence number dispatched on the current session.</summary>
    public long LastSequence => hub.CurrentSession?.Seq ?? 0;

    /// <summary>True when the current session has an open, authenticated connection.</summary>
    public bool IsSessionConnected => hub.CurrentSession?.Connection is { IsOpen: true, Authenticated: true };

    /// <summary>True when the current session can still be resumed (not invalidated by op 9 d:false, a close code or a 1000/1001 close).</summary>
    public bool IsSessionValid => hub.CurrentSession is { Invalidated: false };

    /// <summary>Session starts left in session_start_limit.</summary>
    public int SessionStartsRemaining => hub.SessionStartsRemaining;

    /// <summary>Every IDENTIFY received (shard, rate-limit key, time), in order.</summary>
    public IReadOnlyList<RecordedIdentify> Identifies => state.Identifies.Snapshot();

    /// <summary>
    /// Breaches of Discord's identify rules seen so far: two IDENTIFYs of one rate-limit key
    /// (<c>shard_id % max_concurrency</c>) within 5 seconds, or an IDENTIFY with no session starts left. Tests assert it
    /// is empty; <see cref="FakeDiscordOptions.EnforceIdentifyConcurrency"/> also refuses the first kind.
    /// </summary>
    public IReadOnlyList<string> IdentifyViolations => state.IdentifyViolations.Snapshot();

    /// <summary>Shard ids that have a live session (connected, or waiting to be resumed).</summary>
    public IReadOnlyCollection<int> ShardsWithSession => hub.ShardsWithSession;

    /// <summary>Valid, connected sessions of <paramref name="shardId"/> (two while two processes run that shard at once).</summary>
    public int ConnectedSessions(int shardId) => hub.ConnectedSessions(shardId);

    /// <summary>The shard a server's events go to with <paramref name="shardCount"/> shards: <c>(guild_id &gt;&gt; 22) % shard_count</c>, DMs on 0.</summary>
    public static int ShardFor(ulong? guildId, int shardCount) => GatewayHub.ShardFor(guildId, shardCount);

    /// <summary>Whether heartbeats are answered with op 11 (set false to simulate a zombie connection).</summary>
    public bool AckHeartbeats
    {
        get => hub.AckHeartbeats;
        set => hub.AckHeartbeats = value;
    }

    /// <summary>The global commands as last overwritten (copy).</summary>
    public JsonArray GlobalCommands
    {
        get
        {
            lock (state.Gate)
            {
                return (JsonArray)state.GlobalCommands.DeepClone();
            }
        }
    }

    /// <summary>The commands of a guild (copy; empty when none).</summary>
    public JsonArray GuildCommands(ulong guildId)
    {
        lock (state.Gate)
        {
            return state.GuildCommands.TryGetValue(guildId, out var commands) ? (JsonArray)commands.DeepClone() : [];
        }
    }

    /// <summary>A message the fake stores (created by the bot or added by a test), or null.</summary>
    public JsonObject? GetMessage(ulong messageId)
    {
        lock (state.Gate)
        {
            return state.Messages.TryGetValue(messageId, out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    /// <summary>All stored messages (copies), oldest first.</summary>
    public IReadOnlyList<JsonObject> Messages
    {
        get
        {
            lock (state.Gate)
            {
                return [.. state.Messages.OrderBy(m => m.Key).Select(m => (JsonObject)m.Value.DeepClone())];
            }
        }
    }

    /// <summary>The original response message of an interaction (after a type 4/5/7 callback), or null.</summary>
    public JsonObject? GetOriginalResponse(ulong interactionId)
    {
        lock (state.Gate)
        {
            return state.Interactions.TryGetValue(interactionId, out var interaction) && interaction.OriginalMessageId is { } id
                && state.Messages.TryGetValue(id, out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    /// <summary>Follow-up messages of an interaction (copies), oldest first.</summary>
    public IReadOnlyList<JsonObject> GetFollowUps(ulong interactionId)
    {
        lock (state.Gate)
        {
            return state.Interactions.TryGetValue(interactionId, out var interaction)
                ? [.. interaction.FollowUpIds.Where(state.Messages.ContainsKey).Select(id => (JsonObject)state.Messages[id].DeepClone())]
                : [];
        }
    }

    /// <summary>Adds a channel at run time.</summary>
    public void AddChannel(FakeChannel channel) =>
        state.Channels[channel.Id] = channel.GuildId == 0 ? channel with { GuildId = state.Options.GuildId } : channel;

    /// <summary>Deletes a channel at run time: later requests to it get 404 / 10003 Unknown Channel.</summary>
    public bool RemoveChannel(ulong channelId) => state.Channels.TryRemove(channelId, out _);

    /// <summary>Stops Kestrel and drops every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        hub.AbortAll();
        await state.Stopping.CancelAsync().ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(timeout.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> fires or the host shuts down (Ctrl+C) — standalone mode.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);
}
