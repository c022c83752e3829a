using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Interactions;

/// <summary>
/// What a handler answers. The dispatcher turns it into the first callback (types 4, 6, 7, 8) within
/// 3 seconds; if the handler took longer it has already deferred (type 5, or 6 for components) and sends
/// this result by editing the original response instead.
/// </summary>
public sealed class InteractionResponse
{
    private InteractionResponse(InteractionResponseKind kind, MessageProperties? message, IReadOnlyList<AutocompleteChoice>? choices)
    {
        Kind = kind;
        Message = message;
        Choices = choices ?? [];
    }

    /// <summary>What kind of response this is.</summary>
    public InteractionResponseKind Kind { get; }

    /// <summary>The message for <see cref="InteractionResponseKind.Message"/> and <see cref="InteractionResponseKind.UpdateMessage"/>.</summary>
    public MessageProperties? Message { get; }

    /// <summary>The suggestions for <see cref="InteractionResponseKind.Autocomplete"/>.</summary>
    public IReadOnlyList<AutocompleteChoice> Choices { get; }

    /// <summary>Reply with a message (callback type 4).</summary>
    public static InteractionResponse Reply(MessageProperties message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(InteractionResponseKind.Message, message, null);
    }

    /// <summary>Reply with plain text (truncated safely), optionally only visible to the user.</summary>
    public static InteractionResponse Reply(string content, bool ephemeral = false) =>
        Reply(new MessageBuilder().WithContent(content).WithEphemeral(ephemeral).Build());

    /// <summary>Reply with text only the invoking user sees.</summary>
    public static InteractionResponse Ephemeral(string content) => Reply(content, ephemeral: true);

    /// <summary>Replace the message a component is attached to (callback type 7).</summary>
    public static InteractionResponse Update(MessageProperties message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(InteractionResponseKind.UpdateMessage, message, null);
    }

    /// <summary>Acknowledge a component interaction without visible change (callback type 6).</summary>
    public static InteractionResponse Acknowledge() => new(InteractionResponseKind.Acknowledge, null, null);

    /// <summary>Autocomplete suggestions (callback type 8); at most 25 are kept.</summary>
    public static InteractionResponse Autocomplete(IEnumerable<AutocompleteChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new(InteractionResponseKind.Autocomplete, null, [.. choices.Take(DiscordLimits.AutocompleteChoices)]);
    }
}
