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
        "PUT /applications/{application_id}/commands" or "PUT /applications/{application_id}/guilds/{guild_id}/commands"
            => [.. (body as JsonArray ?? []).SelectMany((command, i) => CheckCommand(command, $"$[{i}]"))],
        "POST /applications/{application_id}/commands" or "POST /applications/{application_id}/guilds/{guild_id}/commands" => CheckCommand(body, "$"),
        _ => [],
    };

    /// <summary>
    /// Command rules from application-commands.mdx the spec lacks: default_member_permissions is a decimal string bit set,
    /// and CHAT_INPUT command and option names match <c>^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$</c> in lowercase.
    /// </summary>
    public static IReadOnlyList<SchemaViolation> CheckCommand(JsonNode? command, string path)
    {
        var errors = new List<SchemaViolation>();
        if (command is not JsonObject obj)
        {
            return errors;
        }

        if (obj["default_member_permissions"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && !ulong.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            errors.Add(new SchemaViolation(path + ".default_member_permissions", "pattern", "must be a permission bit set serialized as a decimal string"));
        }

        var type = obj["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.Number ? t.ToJsonString() : "1";
        if (type == "1")
        {
            CheckName(obj, path, errors);
            CheckOptions(obj["options"], path + ".options", errors);
        }

        return errors;
    }

    private static void CheckOptions(JsonNode? options, string path, List<SchemaViolation> errors)
    {
        if (options is not JsonArray array)
        {
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject option)
            {
                var optionPath = $"{path}[{i}]";
                CheckName(option, optionPath, errors);
                CheckOptions(option["options"], optionPath + ".options", errors);
            }
        }
    }

    private static void CheckName(JsonObject obj, string path, List<SchemaViolation> errors)
    {
        if (obj["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
        {
            var text = name.GetValue<string>();
            if (!CommandName.IsMatch(text) || !string.Equals(text, text.ToLowerInvariant(), StringComparison.Ordinal))
            {
                errors.Add(new SchemaViolation(path + ".name", "pattern", $"\"{text}\" must match ^[-_'\\p{{L}}\\p{{N}}\\p{{sc=Deva}}\\p{{sc=Thai}}]{{1,32}}$ and be lowercase"));
            }
        }
    }

    /// <summary>.NET has no script classes; the Devanagari and Thai blocks stand in for \p{sc=Deva} and \p{sc=Thai}.</summary>
    private static readonly System.Text.RegularExpressions.Regex CommandName =
        new(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
