namespace StoryBot.Discord.Gateway;

/// <summary>Marker for events dispatched to <see cref="IGatewayEventHandler{TEvent}"/>.</summary>
#pragma warning disable CA1040 // marker interface: constrains handler registrations to event types
public interface IGatewayEvent;
#pragma warning restore CA1040
