using System.Text.Json;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>POST /interactions/{id}/{token}/callback (receiving-and-responding.mdx "Responding to an Interaction").</summary>
internal static class InteractionRoutes
{
    public static IEnumerable<RestRoute> All()
    {
        yield return new RestRoute("POST", "/interactions/{interaction_id}/{interaction_token}/callback", false, Callback);
    }

    private static RestResult Callback(RestContext context)
    {
        var state = context.State;
        var body = context.Body as JsonObject;
        var type = Payloads.Int(body?["type"]) ?? -1;
        var data = body?["data"];
        var id = context.Snowflake("interaction_id") ?? 0;
        lock (state.Gate)
        {
            var result = Respond(context, id, type, data as JsonObject);
            var code = Payloads.Int(result.Body?["code"]);
            state.Callbacks.Add(new RecordedCallback(id, type, state.Options.RecordBodies ? data?.DeepClone() : null, result.Status, code, state.Clock.GetUtcNow()));
            return result;
        }
    }

    private static RestResult Respond(RestContext context, ulong id, int type, JsonObject? data)
    {
        var state = context.State;
        if (!state.Interactions.TryGetValue(id, out var interaction))
        {
            return RestResult.UnknownInteraction;
        }

        if (!string.Equals(interaction.Token, context.Value("interaction_token"), StringComparison.Ordinal))
        {
            return RestResult.Error(401, 50027, "Invalid Webhook Token");
        }

        if (interaction.CallbackType is not null)
        {
            return RestResult.Error(400, 40060, "Interaction has already been acknowledged.");
        }

        // receiving-and-responding.mdx: the initial response must come within 3 seconds, else the token is invalidated.
        if (IsExpired(state, interaction))
        {
            interaction.Expired = true;
            return RestResult.UnknownInteraction;
        }

        var allowed = type switch
        {
            4 or 5 => interaction.Type is 2 or 3 or 5,
            6 or 7 => interaction.Type is 3 || (interaction.Type is 5 && interaction.SourceMessageId is not null),
            8 => interaction.Type is 4,
            9 => interaction.Type is 2 or 3,
            _ => false,
        };
        if (!allowed)
        {
            return RestResult.InvalidFormBody("type", "INTERACTION_CALLBACK_TYPE_INVALID", $"Interaction callback type {type} is not valid for interaction type {interaction.Type}");
        }

        JsonObject? message = null;
        switch (type)
        {
            case 4:
                if (MessageFactory.IsEmpty(data))
                {
                    return RestResult.Error(400, 50006, "Cannot send an empty message");
                }

                message = MessageFactory.Create(state, interaction.ChannelId, data, interaction.Type == 2 ? 20 : 0, interaction);
                interaction.OriginalMessageId = ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                break;
            case 5:
                message = MessageFactory.Create(state, interaction.ChannelId, null, interaction.Type == 2 ? 20 : 0, interaction,
                    MessageFactory.Loading | (MessageFactory.Flags(data) & MessageFactory.Ephemeral));
                interaction.OriginalMessageId = ulong.Parse(message["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                break;
            case 6:
                interaction.OriginalMessageId = interaction.SourceMessageId;
                break;
            case 7:
                interaction.OriginalMessageId = interaction.SourceMessageId;
                if (interaction.SourceMessageId is { } source && state.Messages.TryGetValue(source, out var sourceMessage))
                {
                    message = MessageFactory.Edit(state, sourceMessage, data);
                }

                break;
            case 8:
                if (data?["choices"] is not JsonArray)
                {
                    return RestResult.InvalidFormBody("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
                }

                break;
            default:
                break;
        }

        interaction.CallbackType = type;
        if (context.Query.TryGetValue("with_response", out var withResponse) && withResponse == "true")
        {
            var response = new JsonObject
            {
                ["interaction"] = new JsonObject
                {
                    ["id"] = Payloads.Id(interaction.Id),
                    ["type"] = interaction.Type,
                    ["activity_instance_id"] = null,
                    ["response_message_id"] = interaction.OriginalMessageId is { } original ? Payloads.Id(original) : null,
                    ["response_message_loading"] = type == 5,
                    ["response_message_ephemeral"] = message is not null && (MessageFactory.Flags(message) & MessageFactory.Ephemeral) != 0,
                },
                ["resource"] = new JsonObject { ["type"] = type, ["message"] = message?.DeepClone() },
            };
            return RestResult.Ok(response);
        }

        return RestResult.NoContent;
    }

    public static bool IsExpired(FakeState state, InteractionState interaction) =>
        interaction.Expired || state.Clock.GetUtcNow() - interaction.CreatedAt > state.Options.InteractionResponseWindow;
}
