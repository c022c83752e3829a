namespace StoryBot.Discord.Gateway;

/// <summary>
/// Handles one gateway event type. Register with
/// <c>services.AddGatewayEventHandler&lt;TEvent, THandler&gt;()</c>; each event gets its own DI scope.
/// Handlers run off the read loop, so a slow handler never delays heartbeats.
/// </summary>
/// <typeparam name="TEvent">The event, e.g. <see cref="Events.ReadyEvent"/>.</typeparam>
public interface IGatewayEventHandler<in TEvent>
    where TEvent : IGatewayEvent
{
    /// <summary>Handles the event.</summary>
    ValueTask HandleAsync(TEvent gatewayEvent, CancellationToken cancellationToken);
}
