using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>Interaction webhooks: original response and follow-ups (receiving-and-responding.mdx, webhook.mdx).</summary>
internal static class WebhookRoutes
{
    public static IEnumerable<RestRoute> All()
    {
        // Literal "@original" routes come before "{message_id}" so they win the match.
        yield return new RestRoute("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", false, c => Get(c, original: true));
        yield return new RestRoute("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", false, c => Edit(c, original: true));
        yield return new RestRoute("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", false, c => Delete(c, original: true));
        yield return new RestRoute("POST", "/webhooks/{webhook_id}/{webhook_token}", false, FollowUp);
        yield return new RestRoute("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", false, c => Get(c, original: false));
        yield return new RestRoute("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", false, c => Edit(c, original: false));
        yield return new RestRoute("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", false, c => Delete(c, original: false));
    }

    private static RestResult? Find(RestContext context, out InteractionState interaction)
    {
        interaction = null!;
        var state = context.State;
        if (context.Snowflake("webhook_id") != state.Options.ApplicationId
            || !state.InteractionsByToken.TryGetValue(context.Value("webhook_token"), out var found))
        {
            return RestResult.UnknownWebhook;
        }

        interaction = found;
        if (found.CallbackType is null)
        {
            // The token becomes a webhook only once the interaction is acknowledged; unanswered past 3 s it is invalidated.
            return InteractionRoutes.IsExpired(state, found) ? RestResult.Error(401, 50027, "Invalid Webhook Token") : RestResult.UnknownWebhook;
        }

        if (state.Clock.GetUtcNow() - found.CreatedAt > state.Options.InteractionTokenLifetime)
        {
            return RestResult.Error(401, 50027, "Invalid Webhook Token");
        }

        return null;
    }

    private static RestResult? Target(RestContext context, InteractionState interaction, bool original, out JsonObject message)
    {
        message = null!;
        ulong? id = original ? interaction.OriginalMessageId : context.Snowflake("message_id");
        if (id is not { } messageId
            || (!original && messageId != interaction.OriginalMessageId && !interaction.FollowUpIds.Contains(messageId))
            || !context.State.Messages.TryGetValue(messageId, out var found))
        {
            return RestResult.UnknownMessage;
        }

        message = found;
        return null;
    }

    private static RestResult Get(RestContext context, bool original)
    {
        lock (context.State.Gate)
        {
            if (Find(context, out var interaction) is { } error)
            {
                return error;
            }

            if (Target(context, interaction, original, out var message) is { } missing)
            {
                return missing;
            }

            return RestResult.Ok(message.DeepClone());
        }
    }

    private static RestResult Edit(RestContext context, bool original)
    {
        lock (context.State.Gate)
        {
            if (Find(context, out var interaction) is { } error)
            {
                return error;
            }

            if (Target(context, interaction, original, out var message) is { } missing)
            {
                return missing;
            }

            return RestResult.Ok(MessageFactory.Edit(context.State, message, context.Body as JsonObject).DeepClone());
        }
    }

    private static RestResult Delete(RestContext context, bool original)
    {
        lock (context.State.Gate)
        {
            if (Find(context, out var interaction) is { } error)
            {
                return error;
            }

            if (Target(context, interaction, original, out var message) is { } missing)
            {
                return missing;
            }

            var id = ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            context.State.Messages.TryRemove(id, out _);
            if (original)
            {
                interaction.OriginalMessageId = null;
            }

            return RestResult.NoContent;
        }
    }

    private static RestResult FollowUp(RestContext context)
    {
        lock (context.State.Gate)
        {
            if (Find(context, out var interaction) is { } error)
            {
                return error;
            }

            var body = context.Body as JsonObject;
            if (MessageFactory.IsEmpty(body))
            {
                return RestResult.Error(400, 50006, "Cannot send an empty message");
            }

            var message = MessageFactory.Create(context.State, interaction.ChannelId, body, 0, interaction);
            interaction.FollowUpIds.Add(ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
            return RestResult.Ok(message.DeepClone());
        }
    }
}
