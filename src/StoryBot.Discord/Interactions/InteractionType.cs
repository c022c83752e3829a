namespace StoryBot.Discord.Interactions;

/// <summary>Interaction types (receiving-and-responding.mdx#interaction-type).</summary>
public enum InteractionType
{
    /// <summary>PING (HTTP interactions only).</summary>
    Ping = 1,
    /// <summary>A slash command.</summary>
    ApplicationCommand = 2,
    /// <summary>A button or select menu.</summary>
    MessageComponent = 3,
    /// <summary>The user is typing an option with autocomplete.</summary>
    ApplicationCommandAutocomplete = 4,
    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}
