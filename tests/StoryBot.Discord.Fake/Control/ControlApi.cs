using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake.Control;

/// <summary>
/// The fake's own control API (not Discord's) under <c>/_fake/</c>: dispatch interactions and read what the bot did.
/// See docs/fake-discord.md.
/// </summary>
internal static class ControlApi
{
    public static async Task HandleAsync(HttpContext context, FakeDiscordServer server)
    {
        var path = context.Request.Path.Value!.TrimEnd('/');
        var method = context.Request.Method;
        var ct = context.RequestAborted;
        JsonNode? result;
        var status = 200;
        try
        {
            (status, result) = (method, path) switch
            {
                ("POST", "/_fake/interactions") => await DispatchAsync(context, server, ct).ConfigureAwait(false),
                ("GET", "/_fake/requests") => (200, Requests(server)),
                ("GET", "/_fake/frames") => (200, Frames(server)),
                ("GET", "/_fake/messages") => (200, new JsonArray([.. server.Messages])),
                ("GET", "/_fake/commands") => (200, server.GlobalCommands),
                ("GET", "/_fake/callbacks") => (200, new JsonArray([.. server.Callbacks.Select(c => (JsonNode)new JsonObject
                {
                    ["interaction_id"] = c.InteractionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["type"] = c.Type,
                    ["data"] = c.Data?.DeepClone(),
                    ["status"] = c.Status,
                    ["error_code"] = c.ErrorCode,
                    ["timestamp"] = c.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                })])),
                ("POST", "/_fake/gateway/drop") => await Act(server.DropConnectionAsync(ct)).ConfigureAwait(false),
                ("POST", "/_fake/gateway/reconnect") => await Act(server.SendReconnectAsync(ct)).ConfigureAwait(false),
                ("POST", "/_fake/gateway/invalid-session") => await Act(server.SendInvalidSessionAsync(context.Request.Query["resumable"] == "true", ct)).ConfigureAwait(false),
                _ => (404, Payloads.Error(0, "404: Not Found")),
            };
        }
        catch (InvalidOperationException ex)
        {
            (status, result) = (409, Payloads.Error(0, ex.Message));
        }
        catch (JsonException ex)
        {
            (status, result) = (400, Payloads.Error(50109, "The request body contains invalid JSON: " + ex.Message));
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(result?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null", ct).ConfigureAwait(false);
    }

    private static async Task<(int, JsonNode?)> Act(Task action)
    {
        await action.ConfigureAwait(false);
        return (200, new JsonObject { ["ok"] = true });
    }

    /// <summary>Body: the <c>d</c> of an INTERACTION_CREATE, or <c>{"name":"excerpt","options":[…]}</c> to build a slash command.</summary>
    private static async Task<(int, JsonNode?)> DispatchAsync(HttpContext context, FakeDiscordServer server, CancellationToken ct)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: ct).ConfigureAwait(false) as JsonObject
            ?? throw new JsonException("expected a JSON object");
        JsonObject d;
        if (body.ContainsKey("name") && !body.ContainsKey("data"))
        {
            d = InteractionBuilders.SlashCommand(body["name"]!.GetValue<string>(), body["options"] is JsonArray options ? options.OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone()) : null);
            foreach (var key in new[] { "channel_id", "member", "guild_id", "user" })
            {
                if (body[key] is { } value)
                {
                    d[key] = value.DeepClone();
                }
            }
        }
        else
        {
            d = body;
        }

        // "attachments": [{"filename", "content" (text) or "content_base64", "content_type"}]: the fake serves each file and
        // resolves every attachment option (type 11) whose value is that file name to it, as Discord does for an upload.
        if (body["attachments"] is JsonArray files && d["data"] is JsonObject)
        {
            d.Remove("attachments");
            foreach (var file in files.OfType<JsonObject>())
            {
                var name = file["filename"]?.GetValue<string>() ?? throw new JsonException("an attachment needs a filename");
                var bytes = file["content_base64"] is JsonValue b64 ? Convert.FromBase64String(b64.GetValue<string>())
                    : System.Text.Encoding.UTF8.GetBytes(file["content"]?.GetValue<string>() ?? string.Empty);
                var attachment = server.AddAttachment(name, bytes, file["content_type"]?.GetValue<string>() ?? "application/octet-stream");
                FakeDiscordServer.WithAttachment(d, attachment);
                ResolveOptions(d["data"]!["options"] as JsonArray, name, attachment.Id);
            }
        }

        var interaction = await server.DispatchInteractionAsync(d, ct).ConfigureAwait(false);
        return (200, new JsonObject
        {
            ["id"] = interaction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["token"] = interaction.Token,
            ["sequence"] = interaction.Sequence,
            ["interaction"] = interaction.Payload.DeepClone(),
        });
    }

    private static void ResolveOptions(JsonArray? options, string fileName, ulong id)
    {
        foreach (var option in options?.OfType<JsonObject>() ?? [])
        {
            if (Payloads.Int(option["type"]) == 11 && option["value"] is JsonValue value && value.ToString() == fileName)
            {
                option["value"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            ResolveOptions(option["options"] as JsonArray, fileName, id);
        }
    }

    private static JsonArray Requests(FakeDiscordServer server) => [.. server.Requests.Select(Request)];

    public static JsonNode Request(RecordedRequest r) => new JsonObject
    {
        ["sequence"] = r.Sequence,
        ["method"] = r.Method,
        ["path"] = r.Path,
        ["query"] = r.Query,
        ["route"] = r.Route,
        ["headers"] = new JsonObject([.. r.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))]),
        ["body"] = r.Body?.DeepClone() ?? (r.BodyText is null ? null : JsonValue.Create(r.BodyText)),
        ["status"] = r.Status,
        ["response"] = r.ResponseBody?.DeepClone(),
        ["schema_violations"] = new JsonArray([.. r.SchemaViolations.Select(v => (JsonNode)v.ToString())]),
        ["notes"] = new JsonArray([.. r.Notes.Select(n => (JsonNode)n)]),
        ["timestamp"] = r.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static JsonArray Frames(FakeDiscordServer server) => [.. server.Frames.Select(f => (JsonNode)new JsonObject
    {
        ["sequence"] = f.Sequence,
        ["connection"] = f.ConnectionId,
        ["direction"] = f.Direction.ToString(),
        ["payload"] = f.Payload?.DeepClone() ?? JsonValue.Create(f.Text),
        ["close_status"] = f.CloseStatus,
        ["timestamp"] = f.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    })];
}
