using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Interactions;

/// <summary>Builds the <c>d</c> of common INTERACTION_CREATE events; pass the result to <see cref="FakeDiscordServer.DispatchInteractionAsync"/>.</summary>
public static class InteractionBuilders
{
    /// <summary>A chat-input command (type 2). Options are application command interaction data options, e.g. <see cref="Option"/>.</summary>
    public static JsonObject SlashCommand(string name, IEnumerable<JsonObject>? options = null, ulong? userId = null, ulong? channelId = null)
    {
        var data = new JsonObject { ["type"] = 1, ["name"] = name };
        if (options is not null)
        {
            data["options"] = new JsonArray([.. options]);
        }

        return Envelope(2, data, userId, channelId);
    }

    /// <summary>A subcommand option (type 1) holding its own options.</summary>
    public static JsonObject Subcommand(string name, params JsonObject[] options) =>
        new() { ["type"] = 1, ["name"] = name, ["options"] = new JsonArray([.. options]) };

    /// <summary>A value option: string → type 3, long/int → 4, bool → 5, double → 10.</summary>
    public static JsonObject Option(string name, object value, bool focused = false)
    {
        var (type, node) = value switch
        {
            string s => (3, JsonValue.Create(s)),
            int i => (4, JsonValue.Create(i)),
            long l => (4, JsonValue.Create(l)),
            bool b => (5, JsonValue.Create(b)),
            double d => (10, JsonValue.Create(d)),
            _ => throw new ArgumentException($"Unsupported option value type {value.GetType().Name}.", nameof(value)),
        };
        var option = new JsonObject { ["type"] = type, ["name"] = name, ["value"] = node };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    /// <summary>An attachment option (type 11): its value is the attachment's id; add the file with <see cref="FakeDiscordServer.WithAttachment"/>.</summary>
    public static JsonObject AttachmentOption(string name, ulong attachmentId) =>
        new() { ["type"] = 11, ["name"] = name, ["value"] = attachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A button press (type 3, component_type 2) on <paramref name="messageId"/> by <paramref name="userId"/>.</summary>
    public static JsonObject ButtonPress(string customId, ulong? userId = null, ulong? messageId = null, ulong? channelId = null)
    {
        var d = Envelope(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, userId, channelId);
        if (messageId is { } id)
        {
            d["message"] = new JsonObject { ["id"] = Payloads.Id(id) };
        }

        return d;
    }

    /// <summary>An autocomplete request (type 4) with <paramref name="focusedOption"/> being typed.</summary>
    public static JsonObject Autocomplete(string commandName, string focusedOption, string typed, IEnumerable<JsonObject>? otherOptions = null, ulong? userId = null)
    {
        var options = new JsonArray(Option(focusedOption, typed, focused: true));
        foreach (var other in otherOptions ?? [])
        {
            options.Add(other);
        }

        return Envelope(4, new JsonObject { ["type"] = 1, ["name"] = commandName, ["options"] = options }, userId, channelId: null);
    }

    private static JsonObject Envelope(int type, JsonObject data, ulong? userId, ulong? channelId)
    {
        var d = new JsonObject { ["type"] = type, ["data"] = data };
        if (userId is { } user)
        {
            d["member"] = new JsonObject { ["user"] = Payloads.User(user, "user" + (user % 10000).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        }

        if (channelId is { } channel)
        {
            d["channel_id"] = Payloads.Id(channel);
        }

        return d;
    }
}
