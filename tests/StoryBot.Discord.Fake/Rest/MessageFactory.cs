using System.Text.Json;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>Turns create/edit bodies into message objects shaped like message.mdx's example.</summary>
internal static class MessageFactory
{
    /// <summary>Fields a message body may set that the message object echoes.</summary>
    private static readonly string[] EchoedFields = ["content", "embeds", "components", "tts", "attachments", "poll", "sticker_items"];

    public const int Ephemeral = 1 << 6;

    public const int Loading = 1 << 7;

    /// <summary>True when a create body carries nothing to show (Discord answers 50006 Cannot send an empty message).</summary>
    public static bool IsEmpty(JsonObject? body)
    {
        if (body is null)
        {
            return true;
        }

        var content = body["content"]?.GetValueKind() == JsonValueKind.String ? body["content"]!.GetValue<string>() : null;
        return string.IsNullOrEmpty(content)
            && body["embeds"] is not JsonArray { Count: > 0 }
            && body["components"] is not JsonArray { Count: > 0 }
            && body["sticker_ids"] is not JsonArray { Count: > 0 }
            && body["attachments"] is not JsonArray { Count: > 0 }
            && body["poll"] is not JsonObject;
    }

    /// <summary>How long Discord remembers an enforced nonce ("in the past few minutes"); the fake uses five.</summary>
    public static readonly TimeSpan NonceWindow = TimeSpan.FromMinutes(5);

    /// <summary>The bot's message in <paramref name="channelId"/> created with the same enforced nonce within <see cref="NonceWindow"/>.</summary>
    public static JsonObject? FindByNonce(FakeState state, ulong channelId, JsonObject? body)
    {
        if (body?["enforce_nonce"]?.GetValueKind() != JsonValueKind.True || body["nonce"] is not JsonValue nonce)
        {
            return null;
        }

        var key = nonce.ToJsonString();
        var channel = Payloads.Id(channelId);
        var now = state.Clock.GetUtcNow();
        return state.Messages.Values.FirstOrDefault(m =>
            m["channel_id"]?.GetValue<string>() == channel
            && m["nonce"]?.ToJsonString() == key
            && DateTimeOffset.TryParse(m["timestamp"]?.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            && now - at <= NonceWindow);
    }

    public static JsonObject Create(FakeState state, ulong channelId, JsonObject? body, int type, InteractionState? interaction, int extraFlags = 0)
    {
        var id = state.Snowflakes.Next();
        var message = new JsonObject
        {
            ["type"] = type,
            ["channel_id"] = Payloads.Id(channelId),
            ["content"] = string.Empty,
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["timestamp"] = Payloads.Iso(state.Clock.GetUtcNow()),
            ["edited_timestamp"] = null,
            ["flags"] = Flags(body) | extraFlags,
            ["components"] = new JsonArray(),
            ["id"] = Payloads.Id(id),
            ["author"] = state.BotUser(),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = false,
        };
        Apply(message, body);
        if (interaction is not null)
        {
            message["webhook_id"] = Payloads.Id(state.Options.ApplicationId);
            message["application_id"] = Payloads.Id(state.Options.ApplicationId);
            var user = interaction.User;
            message["interaction_metadata"] = new JsonObject
            {
                ["id"] = Payloads.Id(interaction.Id),
                ["type"] = interaction.Type,
                ["user"] = user?.DeepClone(),
                ["authorizing_integration_owners"] = interaction.AuthorizingIntegrationOwners?.DeepClone(),
            };
        }

        if (body?["nonce"] is JsonValue sentNonce)
        {
            message["nonce"] = sentNonce.DeepClone();
        }

        if (body?["message_reference"] is JsonObject reference)
        {
            message["message_reference"] = reference.DeepClone();
        }

        state.Messages[id] = message;
        return message;
    }

    /// <summary>Applies an edit body to a stored message; clears the LOADING flag of a deferred response.</summary>
    public static JsonObject Edit(FakeState state, JsonObject message, JsonObject? body)
    {
        Apply(message, body);
        if (body?["flags"] is JsonValue)
        {
            message["flags"] = Flags(body) | (Flags(message) & Ephemeral);
        }

        message["flags"] = Flags(message) & ~Loading;
        message["edited_timestamp"] = Payloads.Iso(state.Clock.GetUtcNow());
        return message;
    }

    private static void Apply(JsonObject message, JsonObject? body)
    {
        if (body is null)
        {
            return;
        }

        foreach (var field in EchoedFields)
        {
            if (body.TryGetPropertyValue(field, out var value))
            {
                message[field] = value is null ? (field == "content" ? string.Empty : new JsonArray()) : value.DeepClone();
            }
        }

        if (message["embeds"] is JsonArray embeds)
        {
            foreach (var embed in embeds.OfType<JsonObject>())
            {
                if (!embed.ContainsKey("type"))
                {
                    embed["type"] = "rich";
                }
            }
        }
    }

    public static int Flags(JsonNode? node) =>
        Payloads.Int(node?["flags"]) ?? 0;
}
