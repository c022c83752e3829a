using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Diagnostics;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: GET /gateway/bot, connect, resume or re-identify by the rules in gateway.mdx,
/// back off with jitter, stop for good on close codes that forbid reconnecting. Runs the event and interaction
/// workers and waits for them (bounded) on shutdown.
/// </summary>
internal sealed partial class GatewayService : BackgroundService
{
    private const int MaxFailedResumeConnects = 3;
    private readonly IDiscordRestClient _rest;
    private readonly GatewayShards _shards;
    private readonly IIdentifyCoordinator _coordinator;
    private readonly InteractionDispatcher _interactions;
    private readonly GatewayEventDispatcher _events;
    private readonly IFatalErrorSink _fatal;
    private readonly TimeProvider _time;
    private readonly IRandomSource _random;
    private readonly DiscordOptions _options;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<GatewayService> _logger;
    private readonly ILogger<GatewayConnection> _connectionLogger;

    public GatewayService(
        IDiscordRestClient rest,
        GatewayShards shards,
        IIdentifyCoordinator coordinator,
        InteractionDispatcher interactions,
        GatewayEventDispatcher events,
        IFatalErrorSink fatal,
        TimeProvider time,
        IRandomSource random,
        IOptions<DiscordOptions> options,
        DiscordMetrics metrics,
        ILogger<GatewayService> logger,
        ILogger<GatewayConnection> connectionLogger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rest = rest;
        _shards = shards;
        _coordinator = coordinator;
        _interactions = interactions;
        _events = events;
        _fatal = fatal;
        _time = time;
        _random = random;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
        _connectionLogger = connectionLogger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var abort = new CancellationTokenSource();
        var interactionWorkers = _interactions.RunAsync(abort.Token);
        var eventWorker = _events.RunAsync(abort.Token);
        try
        {
            await RunGatewayAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            _interactions.Complete();
            _events.Complete();
            var workers = Task.WhenAll(interactionWorkers, eventWorker);
            using var grace = new CancellationTokenSource();
            var timeout = Task.Delay(_options.ShutdownTimeout, _time, grace.Token);
            if (await Task.WhenAny(workers, timeout).ConfigureAwait(false) != workers)
            {
                LogShutdownAbort(_logger, _options.ShutdownTimeout.TotalSeconds);
                await abort.CancelAsync().ConfigureAwait(false);
            }

            await grace.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(false);
            await timeout.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private async Task RunGatewayAsync(CancellationToken stoppingToken)
    {
        var info = await GetGatewayAsync(stoppingToken).ConfigureAwait(false);
        if (info is null)
        {
            return;
        }

        ShardRange range;
        try
        {
            range = ShardRange.Resolve(_options.Shards, _options.ShardId, _options.ShardCount, info.Shards);
        }
        catch (FormatException ex)
        {
            Fail(new DiscordGatewayException(4010, ex.Message));
            return;
        }

        var identifyGate = new IdentifyGate(_coordinator, _time, _options, _logger);
        identifyGate.Update(info);
        if (info.SessionStartRemaining <= _options.SessionStartReserve)
        {
            LogSessionLimit(_logger, info.SessionStartRemaining, info.SessionStartResetAfter.TotalSeconds);
        }

        LogShards(_logger, range.ToString(), info.Shards, info.MaxConcurrency);
        var shards = new List<Task>();
        foreach (var shardId in range.Ids)
        {
            var session = new GatewaySessionState(_time, shardId, range.Count);
            _shards.Add(session);
            _metrics.Track(session);
            shards.Add(RunShardAsync(session, info, identifyGate, stoppingToken));
        }

        await Task.WhenAll(shards).ConfigureAwait(false);
    }

    private async Task RunShardAsync(GatewaySessionState session, GatewayBotInfo info, IdentifyGate identifyGate, CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var scope = _logger.BeginScope("Shard {ShardId}", session.ShardId);
        var failures = 0;
        var failedResumes = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var resume = session.CanResume;
            var url = resume ? session.ResumeGatewayUrl! : info.Url;
            ConnectionResult result;
            using (var connection = new GatewayConnection(_options, session, identifyGate, _interactions, _events, _time, _random, _metrics, _connectionLogger))
            {
                result = await connection.RunAsync(url, resume, stoppingToken).ConfigureAwait(false);
            }

            switch (result.Action)
            {
                case ReconnectAction.Stop:
                    return;
                case ReconnectAction.Fatal:
                    var message = CloseCodePolicy.Describe(result.CloseCode ?? 0, session.ShardId, session.ShardCount, GatewayConnection.Intents);
                    session.OnFatal(new DiscordGatewayException(result.CloseCode ?? 0, message));
                    Fail(new DiscordGatewayException(result.CloseCode ?? 0, message));
                    return;
                case ReconnectAction.Reidentify:
                    session.Reset();
                    break;
                default:
                    break;
            }

            if (result.WasHealthy)
            {
                failures = 0;
                failedResumes = 0;
            }
            else
            {
                failures++;
            }

            // "If the reconnect fails, open a new connection with the cached URL" (gateway.mdx#handling-a-disconnect).
            if (resume && result.ConnectFailed && ++failedResumes >= MaxFailedResumeConnects)
            {
                LogResumeGivenUp(_logger, failedResumes);
                session.Reset();
                failedResumes = 0;
            }

            var delay = result.InvalidSession
                ? Between(_options.InvalidSessionMinDelay, _options.InvalidSessionMaxDelay) // gateway-events.mdx#invalid-session: wait 1–5 s
                : Backoff(failures);
            _metrics.Reconnecting(session.ShardId);
            LogReconnecting(_logger, result.Action == ReconnectAction.Reidentify ? "identify" : "resume", delay.TotalMilliseconds);
            try
            {
                await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<GatewayBotInfo?> GetGatewayAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        while (true)
        {
            try
            {
                return await _rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (DiscordRestException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
            {
                Fail(new DiscordGatewayException(401, "Discord rejected the bot token (401 Unauthorized on GET /gateway/bot). Check Discord:Token; reset the token in the Developer Portal if it leaked."));
                return null;
            }
            catch (DiscordRestException ex)
            {
                LogGatewayUnavailable(_logger, ex.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return null;
            }

            try
            {
                await Task.Delay(Backoff(++attempt), _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    private void Fail(DiscordGatewayException error)
    {
        foreach (var shard in _shards.All)
        {
            shard.OnFatal(error);
        }

        LogFatal(_logger, error.Message);
        _fatal.OnFatal(error);
    }

    /// <summary>Exponential back-off with "equal jitter": half fixed, half random.</summary>
    private TimeSpan Backoff(int failures)
    {
        if (failures <= 0)
        {
            return _options.ReconnectBaseDelay * _random.NextDouble();
        }

        var ceiling = _options.ReconnectBaseDelay * Math.Pow(2, Math.Min(failures, 16));
        if (ceiling > _options.ReconnectMaxDelay)
        {
            ceiling = _options.ReconnectMaxDelay;
        }

        return ceiling * (0.5 + (_random.NextDouble() / 2));
    }

    private TimeSpan Between(TimeSpan min, TimeSpan max) => min + ((max - min) * _random.NextDouble());

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem} The Discord client has stopped and will not reconnect.")]
    private static partial void LogFatal(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET /gateway/bot failed: {Reason}; retrying")]
    private static partial void LogGatewayUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session start limit low ({Remaining} left); identifying after the reset in {Seconds} s")]
    private static partial void LogSessionLimit(ILogger logger, int remaining, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {Shards} (Discord recommends {Recommended}; max_concurrency {MaxConcurrency})")]
    private static partial void LogShards(ILogger logger, string shards, int recommended, int maxConcurrency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway reconnecting to {Mode} in {DelayMs} ms")]
    private static partial void LogReconnecting(ILogger logger, string mode, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach resume_gateway_url {Attempts} times; starting a new session")]
    private static partial void LogResumeGivenUp(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handlers still running after {Seconds} s of shutdown; cancelling them")]
    private static partial void LogShutdownAbort(ILogger logger, double seconds);
}
