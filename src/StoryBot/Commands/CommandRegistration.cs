namespace StoryBot.Commands;

/// <summary>
/// A handler registration known without building the container, so front ends can route by name or prefix
/// (the Discord client needs the command names at composition time).
/// </summary>
public sealed record CommandRegistration(CommandRegistrationKind Kind, string Key, Type HandlerType);
