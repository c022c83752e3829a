using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryBot.Discord.Gateway.Events;
using StoryBot.Discord.Interactions.Commands;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// Delivers non-interaction events, in order, to every registered <see cref="IGatewayEventHandler{TEvent}"/> in a
/// fresh DI scope, off the read loop. READY also triggers command registration.
/// </summary>
internal sealed partial class GatewayEventDispatcher
{
    private readonly Channel<IGatewayEvent> _queue = Channel.CreateBounded<IGatewayEvent>(
        new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });

    private readonly IServiceScopeFactory _scopes;
    private readonly CommandRegistrar _registrar;
    private readonly ILogger<GatewayEventDispatcher> _logger;

    public GatewayEventDispatcher(IServiceScopeFactory scopes, CommandRegistrar registrar, ILogger<GatewayEventDispatcher> logger)
    {
        _scopes = scopes;
        _registrar = registrar;
        _logger = logger;
    }

    public ValueTask EnqueueAsync(IGatewayEvent gatewayEvent, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync(gatewayEvent, cancellationToken);

    public void Complete() => _queue.Writer.TryComplete();

    public async Task RunAsync(CancellationToken abortToken)
    {
        await foreach (var gatewayEvent in _queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                if (gatewayEvent is ReadyEvent { ShardId: 0 } ready)
                {
                    // Commands are global: the process that runs shard 0 registers them.
                    await _registrar.RegisterAsync(ready.ApplicationId, abortToken).ConfigureAwait(false);
                }

                await (gatewayEvent switch
                {
                    ReadyEvent e => DispatchAsync(e, abortToken),
                    ResumedEvent e => DispatchAsync(e, abortToken),
                    GuildCreateEvent e => DispatchAsync(e, abortToken),
                    GuildDeleteEvent e => DispatchAsync(e, abortToken),
                    _ => Task.CompletedTask,
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abortToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failing handler must not stop event delivery
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogHandlerFailed(_logger, ex, gatewayEvent.GetType().Name);
            }
        }
    }

    private async Task DispatchAsync<TEvent>(TEvent gatewayEvent, CancellationToken cancellationToken)
        where TEvent : IGatewayEvent
    {
        await using var scope = _scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IGatewayEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(gatewayEvent, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // one handler's failure must not hide the event from the others
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogHandlerFailed(_logger, ex, typeof(TEvent).Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gateway event handler failed for {Event}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string @event);
}
