using Microsoft.Extensions.Logging;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Interactions;

/// <summary>How <see cref="InteractionDispatcher"/> answers: the first response, the edit after a defer, the unknown and error replies; its log messages.</summary>
internal sealed partial class InteractionDispatcher
{
    private Task RespondFirstAsync(InteractionContext context, Outcome outcome, CancellationToken cancellationToken) =>
        RespondFirstAsync(context, outcome.Response, cancellationToken);

    private Task RespondFirstAsync(InteractionContext context, InteractionResponse response, CancellationToken cancellationToken) =>
        _rest.CreateInteractionResponseAsync(context.Id, context.Token, response, cancellationToken);

    private async Task RespondAfterDeferAsync(InteractionContext context, Outcome outcome, bool component, CancellationToken cancellationToken)
    {
        var response = outcome.Response;
        if (outcome.Failed)
        {
            // The deferred "thinking…" message is public; remove it and tell only the user.
            if (!component)
            {
                await _rest.DeleteOriginalResponseAsync(context.ApplicationId, context.Token, cancellationToken).ConfigureAwait(false);
            }

            await _rest.CreateFollowupAsync(context.ApplicationId, context.Token, response.Message!, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (response.Kind)
        {
            case InteractionResponseKind.Message when component:
                // A component asked for a new message: after a type 6 deferral that is a follow-up.
                await _rest.CreateFollowupAsync(context.ApplicationId, context.Token, response.Message!, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionResponseKind.Message:
            case InteractionResponseKind.UpdateMessage:
                // After type 5 @original is the deferred reply; after type 6 it is the component's message.
                await _rest.EditOriginalResponseAsync(context.ApplicationId, context.Token, response.Message!, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionResponseKind.Acknowledge when !component:
                await _rest.DeleteOriginalResponseAsync(context.ApplicationId, context.Token, cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }
    }

    private static InteractionResponse UnknownResponse(InteractionContext context) =>
        context.Type == InteractionType.ApplicationCommandAutocomplete
            ? InteractionResponse.Autocomplete([])
            : InteractionResponse.Reply(new MessageBuilder().WithContent("This command or button is no longer available.").WithEphemeral().Build());

    private static InteractionResponse ErrorResponse(InteractionContext context) =>
        context.Type == InteractionType.ApplicationCommandAutocomplete
            ? InteractionResponse.Autocomplete([])
            : InteractionResponse.Reply(new MessageBuilder()
                .WithContent($"Sorry, something went wrong while handling that. It has been logged (reference {context.Id}).")
                .WithEphemeral()
                .Build());

    private readonly record struct Outcome(InteractionResponse Response, bool Failed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Interaction {InteractionId} already handled; duplicate dropped")]
    private static partial void LogDuplicate(ILogger logger, ulong interactionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction {InteractionId}: malformed payload")]
    private static partial void LogMalformed(ILogger logger, Exception exception, ulong interactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId}: type {Type} is not one the bot answers; ignored")]
    private static partial void LogUnknownType(ILogger logger, ulong interactionId, int type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId}: no handler for {Interaction}")]
    private static partial void LogUnrouted(ILogger logger, ulong interactionId, string interaction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Interaction {InteractionId}: handler still running after {DelayMs} ms; deferred")]
    private static partial void LogDeferred(ILogger logger, ulong interactionId, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction {InteractionId}: handler failed for {Interaction}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, ulong interactionId, string interaction);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction {InteractionId}: could not respond for {Interaction}")]
    private static partial void LogResponseFailed(ILogger logger, Exception exception, ulong interactionId, string interaction);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId}: handler finished after {Minutes:0.0} minutes, past the 15-minute interaction token; result not delivered")]
    private static partial void LogTokenExpired(ILogger logger, ulong interactionId, double minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId}: aborted by shutdown")]
    private static partial void LogAborted(ILogger logger, ulong interactionId);
}
