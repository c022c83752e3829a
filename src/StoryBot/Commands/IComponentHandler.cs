namespace StoryBot.Commands;

/// <summary>
/// Handles button presses whose custom id starts with <see cref="CustomIdPrefix"/> followed by ':'
/// (prefix "ex" handles "ex:n:42:17"). Prefixes must be unique; keep them short (custom ids are ≤ 100 characters).
/// Return <see cref="BotReply.Update"/> to change the pressed message, a new (often ephemeral) message, or
/// <see cref="BotReply.Acknowledge"/>.
/// </summary>
public interface IComponentHandler
{
    string CustomIdPrefix { get; }

    Task<BotReply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken);
}
