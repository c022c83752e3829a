namespace StoryBot.Discord.Interactions;

/// <summary>What an <see cref="InteractionResponse"/> does.</summary>
public enum InteractionResponseKind
{
    /// <summary>Reply with a new message (callback type 4, or an edit of the original after an auto-defer).</summary>
    Message,
    /// <summary>Edit the message the component is on (type 7, or an edit after an auto-defer).</summary>
    UpdateMessage,
    /// <summary>Acknowledge a component without changing anything (type 6).</summary>
    Acknowledge,
    /// <summary>Autocomplete suggestions (type 8).</summary>
    Autocomplete,
}
