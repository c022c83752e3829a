namespace StoryBot.Commands;

/// <summary>The answer of a handler to one interaction.</summary>
public sealed record BotReply(BotReplyKind Kind, BotMessage? Message)
{
    public static BotReply Acknowledge { get; } = new(BotReplyKind.Acknowledge, null);

    /// <summary>A new message visible to the channel.</summary>
    public static BotReply Public(BotMessage message) => new(BotReplyKind.Message, message with { Ephemeral = false });

    /// <summary>A new message only the user sees.</summary>
    public static BotReply Ephemeral(BotMessage message) => new(BotReplyKind.Message, message with { Ephemeral = true });

    /// <summary>A short text only the user sees: refusals, "nothing found", "already answered".</summary>
    public static BotReply Ephemeral(string text) => Ephemeral(BotMessage.Text(text));

    /// <summary>Replace the pressed message (component interactions; elsewhere it is sent as a new message).</summary>
    public static BotReply Update(BotMessage message) => new(BotReplyKind.UpdateMessage, message with { Ephemeral = false });
}
