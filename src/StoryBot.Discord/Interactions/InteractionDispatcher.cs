using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Diagnostics;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Interactions;

/// <summary>
/// Takes INTERACTION_CREATE payloads off the gateway read loop through a bounded channel and runs each in its own
/// DI scope on a bounded pool of workers. Guarantees a first response within Discord's 3 seconds
/// (receiving-and-responding.mdx#responding-to-an-interaction) by deferring automatically, turns handler failures
/// into an ephemeral message, and never lets an exception escape to the host.
/// </summary>
internal sealed partial class InteractionDispatcher
{
    private const int RecentIdCapacity = 8192;
    private readonly Channel<QueuedInteraction> _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly InteractionRouter _router;
    private readonly IDiscordRestClient _rest;
    private readonly TimeProvider _time;
    private readonly DiscordOptions _options;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly HashSet<ulong> _recentIds = [];
    private readonly Queue<ulong> _recentOrder = new();
    private readonly Lock _recentLock = new();

    public InteractionDispatcher(
        IServiceScopeFactory scopes,
        InteractionRouter router,
        IDiscordRestClient rest,
        TimeProvider time,
        IOptions<DiscordOptions> options,
        DiscordMetrics metrics,
        ILogger<InteractionDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _router = router;
        _rest = rest;
        _time = time;
        _options = options.Value;
        _metrics = metrics;
        _logger = logger;
        _queue = Channel.CreateBounded<QueuedInteraction>(new BoundedChannelOptions(_options.DispatchQueueCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Interactions whose first response was sent (for diagnostics and tests).</summary>
    public long Completed => Interlocked.Read(ref _completed);

    private long _completed;

    /// <summary>Queues an interaction; duplicates (same id, e.g. replayed on resume) are dropped. Waits only when the queue is full.</summary>
    public ValueTask EnqueueAsync(InteractionJson interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        lock (_recentLock)
        {
            if (!_recentIds.Add(interaction.Id))
            {
                LogDuplicate(_logger, interaction.Id);
                return ValueTask.CompletedTask;
            }

            _recentOrder.Enqueue(interaction.Id);
            if (_recentOrder.Count > RecentIdCapacity)
            {
                _recentIds.Remove(_recentOrder.Dequeue());
            }
        }

        return _queue.Writer.WriteAsync(new QueuedInteraction(interaction, _time.GetTimestamp()), cancellationToken);
    }

    /// <summary>No more interactions will come; <see cref="RunAsync"/> drains the queue and returns.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>
    /// Runs the workers until the queue is completed and drained. <paramref name="abortToken"/> cancels running
    /// handlers (after the shutdown grace period).
    /// </summary>
    public Task RunAsync(CancellationToken abortToken)
    {
        var workers = new Task[_options.MaxConcurrentInteractions];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = WorkAsync(abortToken);
        }

        return Task.WhenAll(workers);
    }

    private async Task WorkAsync(CancellationToken abortToken)
    {
        await Task.Yield();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (_queue.Reader.TryRead(out var queued))
            {
                await ProcessAsync(queued.Json, queued.ReceivedAt, abortToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Handles one interaction that has just arrived end to end. Never throws.</summary>
    internal Task ProcessAsync(InteractionJson json, CancellationToken abortToken) => ProcessAsync(json, _time.GetTimestamp(), abortToken);

    /// <summary>
    /// Handles one interaction end to end. Never throws. <paramref name="receivedAt"/> is when it arrived: Discord's
    /// 3 seconds run from then, so time spent waiting for a worker counts against the auto-defer delay.
    /// </summary>
    internal async Task ProcessAsync(InteractionJson json, long receivedAt, CancellationToken abortToken)
    {
        InteractionContext context;
        try
        {
            context = InteractionContextFactory.Create(json);
        }
#pragma warning disable CA1031 // a malformed payload must not kill the worker
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogMalformed(_logger, ex, json.Id);
            return;
        }

        if (context.Type is < InteractionType.ApplicationCommand or > InteractionType.ModalSubmit)
        {
            // PING is for HTTP interactions only; a newer type has no response we know to be valid. Leave it unanswered.
            LogUnknownType(_logger, context.Id, json.Type);
            return;
        }

        using var logScope = _logger.BeginScope("Interaction {InteractionId}", context.Id);
        var command = _router.MetricName(context);
        var outcome = "ok";
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var handlerType = _router.Find(context);
            if (handlerType is null)
            {
                LogUnrouted(_logger, context.Id, context.ToString());
                outcome = "unrouted";
                await RespondFirstAsync(context, UnknownResponse(context), abortToken).ConfigureAwait(false);
                return;
            }

            var handler = (IInteractionHandler)scope.ServiceProvider.GetRequiredService(handlerType);
            outcome = await RunHandlerAsync(context, handler, command, receivedAt, abortToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
        {
            outcome = "aborted";
            LogAborted(_logger, context.Id);
        }
#pragma warning disable CA1031 // never kill the host because of one interaction
        catch (Exception ex)
#pragma warning restore CA1031
        {
            outcome = "not_answered";
            LogResponseFailed(_logger, ex, context.Id, context.ToString());
        }
        finally
        {
            Interlocked.Increment(ref _completed);
            var elapsed = _time.GetElapsedTime(receivedAt);
            _metrics.InteractionHandled(command, KindName(context.Type), outcome, elapsed);
            if (outcome is "not_answered" or "aborted" || (outcome != "deferred" && elapsed > DiscordResponseWindow))
            {
                _metrics.DeadlineMissed(command);
            }
        }
    }

    /// <summary>Discord's window for the first response (receiving-and-responding.mdx#responding-to-an-interaction).</summary>
    private static readonly TimeSpan DiscordResponseWindow = TimeSpan.FromSeconds(3);

    /// <summary>receiving-and-responding.mdx: "Interaction tokens are valid for 15 minutes".</summary>
    private static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);

    private static string KindName(InteractionType type) => type switch
    {
        InteractionType.ApplicationCommand => "command",
        InteractionType.ApplicationCommandAutocomplete => "autocomplete",
        InteractionType.MessageComponent => "component",
        InteractionType.ModalSubmit => "modal",
        _ => "other",
    };

    /// <summary>Runs the handler and answers; returns the outcome for the metrics (ok, error, deferred, deferred_error).</summary>
    private async Task<string> RunHandlerAsync(InteractionContext context, IInteractionHandler handler, string command, long receivedAt, CancellationToken abortToken)
    {
        using var deferCts = CancellationTokenSource.CreateLinkedTokenSource(abortToken);
        var ephemeralDefer = context.Type == InteractionType.ApplicationCommand && handler.DefersEphemerally(context);
        var deferDelay = ephemeralDefer ? TimeSpan.Zero : _options.AutoDeferDelay - _time.GetElapsedTime(receivedAt);

        // Task.Run: a handler that blocks before its first await must not delay the auto-defer.
        var handlerTask = Task.Run(() => handler.HandleAsync(context, abortToken), abortToken);
        var deferTimer = deferDelay > TimeSpan.Zero ? Task.Delay(deferDelay, _time, deferCts.Token) : Task.CompletedTask;
        var first = await Task.WhenAny(handlerTask, deferTimer).ConfigureAwait(false);

        if (!ephemeralDefer && (first == handlerTask || handlerTask.IsCompleted))
        {
            await deferCts.CancelAsync().ConfigureAwait(false);
            var response = await OutcomeAsync(context, handlerTask).ConfigureAwait(false);
            await RespondFirstAsync(context, response, abortToken).ConfigureAwait(false);
            return response.Failed ? "error" : "ok";
        }

        // Too slow: acknowledge now so Discord's 3-second window is met, then deliver the result by editing.
        if (context.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            // Autocomplete cannot be deferred: answer with no suggestions; the late result is discarded.
            await AwaitHandlerOnFailureAsync(context, handlerTask, _rest.CreateInteractionResponseAsync(context.Id, context.Token, InteractionResponse.Autocomplete([]), abortToken)).ConfigureAwait(false);
            await OutcomeAsync(context, handlerTask).ConfigureAwait(false);
            return "late_autocomplete";
        }

        var component = context.Type == InteractionType.MessageComponent;
        LogDeferred(_logger, context.Id, _time.GetElapsedTime(receivedAt).TotalMilliseconds);
        await AwaitHandlerOnFailureAsync(context, handlerTask, _rest.DeferInteractionAsync(context.Id, context.Token, ephemeral: ephemeralDefer, componentUpdate: component, abortToken)).ConfigureAwait(false);
        Interlocked.Increment(ref _deferred);
        _metrics.InteractionDeferred(command);
        if (_time.GetElapsedTime(receivedAt) > DiscordResponseWindow)
        {
            _metrics.DeadlineMissed(command);
        }

        var late = await OutcomeAsync(context, handlerTask).ConfigureAwait(false);
        var elapsed = _time.GetElapsedTime(receivedAt);
        if (elapsed >= InteractionTokenLifetime)
        {
            // The token is dead: an edit or follow-up can only earn a 401 that counts as an invalid request.
            LogTokenExpired(_logger, context.Id, elapsed.TotalMinutes);
            return "token_expired";
        }

        await RespondAfterDeferAsync(context, late, component, abortToken).ConfigureAwait(false);
        return late.Failed ? "deferred_error" : "deferred";
    }

    /// <summary>
    /// Awaits <paramref name="send"/>; when it fails (10062: too late), waits for the handler before rethrowing, so the
    /// handler never runs on after its DI scope is disposed and its result or failure is observed.
    /// </summary>
    private async Task AwaitHandlerOnFailureAsync(InteractionContext context, Task<InteractionResponse> handlerTask, Task send)
    {
        try
        {
            await send.ConfigureAwait(false);
        }
        catch
        {
            await OutcomeAsync(context, handlerTask).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Interactions that were auto-deferred.</summary>
    public long Deferred => Interlocked.Read(ref _deferred);

    private long _deferred;

    private async Task<Outcome> OutcomeAsync(InteractionContext context, Task<InteractionResponse> handlerTask)
    {
        try
        {
            return new Outcome(await handlerTask.ConfigureAwait(false), false);
        }
#pragma warning disable CA1031 // handler failures become a message to the user
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogHandlerFailed(_logger, ex, context.Id, context.ToString());
            return new Outcome(ErrorResponse(context), true);
        }
    }
}
