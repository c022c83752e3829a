namespace StoryBot.Discord.Fake;

/// <summary>Configuration of a <see cref="FakeDiscordServer"/>. Every property has a test-friendly default.</summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The bot token the fake accepts (REST <c>Authorization: Bot …</c> and gateway IDENTIFY/RESUME).</summary>
    public string Token { get; set; } = "fake-token";

    /// <summary>URL Kestrel listens on. Port 0 picks a free loopback port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>The application (and bot user) id.</summary>
    public ulong ApplicationId { get; set; } = 1100000000000000001;

    /// <summary>Bot user name shown in READY and on messages the bot authors.</summary>
    public string BotUserName { get; set; } = "StoryBot";

    /// <summary>Default guild the bot is in and interactions come from.</summary>
    public ulong GuildId { get; set; } = 1100000000000000100;

    /// <summary>Extra guilds listed (unavailable) in READY.</summary>
    public IList<ulong> ExtraGuildIds { get; } = [];

    /// <summary>Channels known to the fake. When empty, one text channel (<see cref="FakeChannel.DefaultId"/>) exists.</summary>
    public IList<FakeChannel> Channels { get; } = [];

    /// <summary>heartbeat_interval sent in HELLO (milliseconds). Discord sends 41250.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41250;

    /// <summary>
    /// When set, every gateway message is sent as WebSocket frames of at most this many bytes (a first frame and
    /// continuation frames), as any WebSocket server may split a message (RFC 6455 §5.4). Null: one frame each.
    /// </summary>
    public int? GatewayFrameBytes { get; set; }

    /// <summary>Send GUILD_CREATE for each guild after READY when the GUILDS intent (1&lt;&lt;0) is set, as Discord does.</summary>
    public bool SendGuildCreate { get; set; } = true;

    /// <summary>
    /// Answer op 9 d:false to an IDENTIFY beyond session_start_limit.max_concurrency per 5 seconds (gateway.mdx
    /// "Session Start Limit"). Off by default so tests with a fast clock in the client are not surprised.
    /// </summary>
    public bool EnforceIdentifyConcurrency { get; set; }

    /// <summary>Close with 4008 when a connection sends more than this many payloads in 60 seconds (Discord: 120).</summary>
    public int GatewaySendLimitPerMinute { get; set; } = 120;

    /// <summary>
    /// When set, a connection that sends no heartbeat for <c>heartbeat_interval × factor</c> (counted from HELLO or the
    /// last heartbeat) is closed with 4000 and stays resumable (gateway.mdx "Sending Heartbeats": "your connection will
    /// be closed and you will be forced to Resume"). Null (default) does not enforce it, so slow CI never trips it.
    /// </summary>
    public double? HeartbeatTimeoutFactor { get; set; }

    /// <summary>Number of shards recommended by GET /gateway/bot; IDENTIFY must use this count (else close 4010).</summary>
    public int Shards { get; set; } = 1;

    /// <summary>session_start_limit.total / remaining start value.</summary>
    public int SessionStartLimit { get; set; } = 1000;

    /// <summary>session_start_limit.max_concurrency.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Privileged intents this application is approved for (GUILD_MEMBERS 1&lt;&lt;1, GUILD_PRESENCES 1&lt;&lt;8, MESSAGE_CONTENT 1&lt;&lt;15). Default none.</summary>
    public long ApprovedPrivilegedIntents { get; set; }

    /// <summary>Window in which the first interaction callback must arrive (Discord: 3 seconds).</summary>
    public TimeSpan InteractionResponseWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long an interaction token stays valid for webhooks/follow-ups (Discord: 15 minutes).</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many dispatched events each session keeps for RESUME replay.</summary>
    public int ResumeBufferSize { get; set; } = 10_000;

    /// <summary>Limit applied to every route bucket without an entry in <see cref="RouteLimits"/>.</summary>
    public RouteLimit DefaultRouteLimit { get; set; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>Per-route limits keyed by route key, e.g. <c>"POST /channels/{channel_id}/messages"</c>.</summary>
    public IDictionary<string, RouteLimit> RouteLimits { get; } = new Dictionary<string, RouteLimit>(StringComparer.Ordinal);

    /// <summary>Global requests per second (Discord: 50). Null disables enforcement (the default, to keep tests free of wall-clock effects).</summary>
    public int? GlobalRequestsPerSecond { get; set; }

    /// <summary>Check request bodies against Discord's OpenAPI schemas (violations are always recorded).</summary>
    public bool ValidateBodies { get; set; } = true;

    /// <summary>
    /// Keep request bodies, headers and answers, callback data, and parse every gateway frame sent, in the recordings
    /// (default). False is the lean mode for load benchmarks: requests, frames and callbacks are still recorded and
    /// counted (method, path, route, status, timestamps, callback type), but <see cref="Recording.RecordedRequest.Body"/>,
    /// <c>BodyText</c>, <c>ResponseBody</c>, <c>Headers</c> and <see cref="Recording.RecordedCallback.Data"/> are left empty
    /// and a sent frame's <see cref="Recording.RecordedFrame.Payload"/> is parsed from its text only when read.
    /// Requests are still parsed and answered exactly as in the default mode.
    /// </summary>
    public bool RecordBodies { get; set; } = true;

    /// <summary>True when the fake neither validates nor records bodies (see <see cref="UseLeanMode"/>).</summary>
    public bool IsLean => !ValidateBodies && !RecordBodies;

    /// <summary>
    /// Lean mode for load benchmarks: no schema validation (<see cref="ValidateBodies"/> false), no body recording
    /// (<see cref="RecordBodies"/> false), no console logging. Protocol checks (auth, routes, rate limits, the
    /// interaction window, double acknowledgement, empty messages) and the callback recording stay on.
    /// </summary>
    /// <returns>These options.</returns>
    public FakeDiscordOptions UseLeanMode()
    {
        ValidateBodies = false;
        RecordBodies = false;
        EnableConsoleLogging = false;
        return this;
    }

    /// <summary>Reject bodies violating the schema with 400 / 50035 "Invalid Form Body", as Discord does.</summary>
    public bool RejectInvalidBodies { get; set; } = true;

    /// <summary>Spec/docs disagreements to ignore, in addition to <see cref="Schema.SchemaException.Defaults"/>.</summary>
    public IList<Schema.SchemaException> SchemaExceptions { get; } = [];

    /// <summary>Clock for rate limits, the interaction window, timestamps and snowflakes.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Enable ASP.NET Core console logging (standalone mode).</summary>
    public bool EnableConsoleLogging { get; set; }

    internal IReadOnlyList<FakeChannel> EffectiveChannels() =>
        Channels.Count > 0 ? [.. Channels] : [new FakeChannel { Id = FakeChannel.DefaultId, GuildId = GuildId }];
}
