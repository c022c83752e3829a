namespace StoryBot.Discord.Interactions;

/// <summary>
/// Handles interactions routed to it: register with <c>AddSlashCommandHandler&lt;T&gt;("name")</c> (the command and
/// its autocomplete) or <c>AddComponentHandler&lt;T&gt;("prefix")</c> (buttons whose custom_id starts with the
/// prefix). Resolved from a fresh DI scope per interaction. Exceptions become an ephemeral error message.
/// </summary>
public interface IInteractionHandler
{
    /// <summary>Handles one interaction.</summary>
    /// <param name="context">The interaction.</param>
    /// <param name="cancellationToken">Cancelled on shutdown or when the 15-minute token expires.</param>
    Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken);

    /// <summary>
    /// True when this interaction is known to be slow and private (e.g. a file upload): it is deferred at once as an
    /// ephemeral "thinking…" reply, which the result then edits.
    /// </summary>
    bool DefersEphemerally(InteractionContext context) => false;
}
