using System.Text.Json;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Schema;

/// <summary>
/// Limits the documentation states that the preview OpenAPI spec does not (the docs win): message content of at most
/// 2000 characters (the spec says 4000) and at most 6000 characters across all embeds of a message
/// (message.mdx "Embed Limits"). Applied to every body that carries a message.
/// </summary>
public static class DocsRules
{
    public const int MaxContent = 2000;

    public const int MaxEmbedTotal = 6000;

    /// <summary>Checks a message body (channel message, webhook message or interaction callback <c>data</c>).</summary>
    public static IReadOnlyList<SchemaViolation> CheckMessage(JsonNode? message, string path = "$")
    {
        var errors = new List<SchemaViolation>();
        if (message is not JsonObject obj)
        {
            return errors;
        }

        if (obj["content"] is JsonValue content && content.GetValueKind() == JsonValueKind.String && Length(content.GetValue<string>()) > MaxContent)
        {
            errors.Add(new SchemaViolation(path + ".content", "maxLength", $"Must be {MaxContent} or fewer in length."));
        }

        if (obj["embeds"] is JsonArray embeds)
        {
            var total = embeds.OfType<JsonObject>().Sum(EmbedLength);
            if (total > MaxEmbedTotal)
            {
                errors.Add(new SchemaViolation(path + ".embeds", "maxLength", $"Embed size exceeds maximum size of {MaxEmbedTotal} ({total})."));
            }
        }

        return errors;
    }

    /// <summary>Applies <see cref="CheckMessage"/> to the body of a route that carries a message.</summary>
    public static IReadOnlyList<SchemaViolation> CheckRoute(string routeKey, JsonNode? body) => routeKey switch
    {
        "POST /interactions/{interaction_id}/{interaction_token}/callback" => CheckMessage(body?["data"], "$.data"),
        "POST /channels/{channel_id}/messages" or "PATCH /channels/{channel_id}/messages/{message_id}"
            or "POST /webhooks/{webhook_id}/{webhook_token}" or "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original"
            or "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}" => CheckMessage(body),
        _ => [],
    };

    /// <summary>Characters counted towards the 6000 limit: title, description, field names and values, footer text, author name.</summary>
    public static int EmbedLength(JsonObject embed)
    {
        var total = Length(embed["title"]) + Length(embed["description"]) + Length(embed["footer"]?["text"]) + Length(embed["author"]?["name"]);
        if (embed["fields"] is JsonArray fields)
        {
            total += fields.OfType<JsonObject>().Sum(f => Length(f["name"]) + Length(f["value"]));
        }

        return total;
    }

    private static int Length(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? Length(value.GetValue<string>()) : 0;

    private static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
