using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>What a route handler answers.</summary>
internal sealed record RestResult(int Status, JsonNode? Body)
{
    public static RestResult NoContent { get; } = new(204, null);

    public static RestResult Ok(JsonNode body) => new(200, body);

    public static RestResult Error(int status, int code, string message, JsonObject? errors = null) =>
        new(status, Payloads.Error(code, message, errors));

    /// <summary>404 / 10003 Unknown Channel.</summary>
    public static RestResult UnknownChannel => Error(404, 10003, "Unknown Channel");

    /// <summary>404 / 10008 Unknown Message.</summary>
    public static RestResult UnknownMessage => Error(404, 10008, "Unknown Message");

    /// <summary>404 / 10015 Unknown Webhook.</summary>
    public static RestResult UnknownWebhook => Error(404, 10015, "Unknown Webhook");

    /// <summary>404 / 10062 Unknown interaction.</summary>
    public static RestResult UnknownInteraction => Error(404, 10062, "Unknown interaction");

    /// <summary>403 / 50001 Missing Access.</summary>
    public static RestResult MissingAccess => Error(403, 50001, "Missing Access");

    /// <summary>403 / 50013 Missing Permissions.</summary>
    public static RestResult MissingPermissions => Error(403, 50013, "Missing Permissions");

    /// <summary>400 / 50035 Invalid Form Body with Discord's nested <c>errors</c> object.</summary>
    public static RestResult InvalidFormBody(string field, string code, string message) =>
        Error(400, 50035, "Invalid Form Body", new JsonObject
        {
            [field] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) },
        });
}
