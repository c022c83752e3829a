namespace StoryBot.Discord.Interactions;

/// <summary>A registration: a command name or custom_id prefix and the handler type resolved for it.</summary>
internal sealed record InteractionRoute(InteractionRouteKind Kind, string Key, Type HandlerType);
