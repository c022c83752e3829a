namespace StoryBot.Commands;

/// <summary>How a reply is delivered.</summary>
public enum BotReplyKind
{
    /// <summary>A new message answering the interaction (ephemeral if the message says so).</summary>
    Message,

    /// <summary>Replace the message whose button was pressed (component interactions only).</summary>
    UpdateMessage,

    /// <summary>Acknowledge a button press without visible change (the feature edits messages itself later).</summary>
    Acknowledge,
}
