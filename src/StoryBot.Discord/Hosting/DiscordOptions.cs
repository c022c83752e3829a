using System.ComponentModel.DataAnnotations;

namespace StoryBot.Discord.Hosting;

/// <summary>Settings bound from the <c>Discord</c> configuration section.</summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>The bot token (without the <c>Bot </c> prefix). Never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Discord:Token is required (the bot token from the Developer Portal).")]
    public string Token { get; set; } = "";

    /// <summary>REST base URL; REST proxies and tests change it.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, application commands are registered for this guild only (instant updates while developing).</summary>
    public ulong? DevGuildId { get; set; }

    /// <summary>One shard for this process (legacy form of <see cref="Shards"/>); null: see <see cref="Shards"/>.</summary>
    [Range(0, int.MaxValue)]
    public int? ShardId { get; set; }

    /// <summary>Total number of shards; null: Discord's recommendation from <c>GET /gateway/bot</c>.</summary>
    [Range(1, int.MaxValue)]
    public int? ShardCount { get; set; }

    /// <summary>The shards this process runs: <c>3</c>, <c>0-3</c>, or empty / <c>all</c> (every shard) — see <see cref="ShardRange"/>.</summary>
    public string? Shards { get; set; }

    /// <summary>
    /// How many bot processes share the token. Discord's limits are per bot: each process takes
    /// <see cref="GlobalRequestsPerSecond"/> / <see cref="Processes"/> of the global REST limit and
    /// <see cref="InvalidRequestLimit"/> / <see cref="Processes"/> of the invalid-request budget.
    /// </summary>
    [Range(1, 1000)]
    public int Processes { get; set; } = 1;

    /// <summary>
    /// 401/403/429 answers allowed in any 10 minutes (for the whole bot; Discord bans an IP for a while at 10,000).
    /// Past this share, requests other than interaction responses wait until old errors leave the window.
    /// </summary>
    [Range(1, 10_000)]
    public int InvalidRequestLimit { get; set; } = 5_000;

    /// <summary>
    /// Never IDENTIFY when Discord's <c>session_start_limit.remaining</c> is at or below this: the shard waits for the
    /// reset instead (keeps a few starts for an operator's restart).
    /// </summary>
    [Range(0, 1000)]
    public int SessionStartReserve { get; set; } = 2;

    /// <summary>Repository URL sent in the User-Agent (<c>DiscordBot (url, version)</c>).</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/storybot/storybot";

    /// <summary>A handler that has not answered after this delay is deferred automatically (Discord allows 3 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.900")]
    public TimeSpan AutoDeferDelay { get; set; } = TimeSpan.FromMilliseconds(2500);

    /// <summary>Most interactions handled at once; further ones wait in a bounded queue.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentInteractions { get; set; } = 64;

    /// <summary>Capacity of the queue between the gateway read loop and the handlers.</summary>
    [Range(1, 100_000)]
    public int DispatchQueueCapacity { get; set; } = 1024;

    /// <summary>First reconnect delay; doubles per failed attempt (with jitter) up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the reconnect back-off.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Lower bound of the wait before re-identifying after op 9 <c>d:false</c> (docs: 1–5 s).</summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the wait before re-identifying after op 9 <c>d:false</c>.</summary>
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Window of the identify limit: <c>max_concurrency</c> identifies per window (docs: 5 s).</summary>
    public TimeSpan IdentifyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Added to <see cref="IdentifyWindow"/> between two IDENTIFYs of one rate-limit key: the turn is taken before the
    /// payload is sent, and a slow send followed by a fast one would otherwise land closer than 5 s at Discord.
    /// </summary>
    public TimeSpan IdentifyMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for the WebSocket handshake and HELLO before giving up on a connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a 5xx (or network failure) is retried before giving up.</summary>
    [Range(0, 10)]
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>First back-off after a 5xx; doubles per retry.</summary>
    public TimeSpan ServerErrorBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Global REST limit per second for the whole bot (Discord: 50), shared by <see cref="Processes"/>. Interaction endpoints are exempt.</summary>
    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>How long shutdown waits for running interaction handlers.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Register application commands at READY (only when they changed).</summary>
    public bool RegisterCommands { get; set; } = true;
}
