using System.Globalization;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Interactions;

/// <summary>
/// An INTERACTION_CREATE <c>d</c> completed and serialized once (<see cref="FakeDiscordServer.PrepareInteraction"/>), so a
/// load generator can dispatch it many times with only the interaction id and token changed — no JSON tree built,
/// cloned, serialized or parsed per dispatch. Each dispatch is a distinct interaction to the fake (own id, token and
/// 3-second window), exactly as <see cref="FakeDiscordServer.DispatchInteractionAsync(JsonObject, CancellationToken)"/> would send it.
/// </summary>
public sealed class InteractionTemplate
{
    /// <summary>Stand-ins serialized in place of the id and token, then cut out (JSON-safe: no character needs escaping).</summary>
    internal const string IdPlaceholder = "@@fake-interaction-id@@";
    internal const string TokenPlaceholder = "@@fake-interaction-token@@";

    private readonly string[] parts;
    private readonly bool idFirst;

    internal InteractionTemplate(JsonObject payload)
    {
        Payload = payload;
        Type = Payloads.Int(payload["type"]) ?? 2;
        ChannelId = ulong.Parse(payload["channel_id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        GuildId = payload["guild_id"] is JsonValue guild ? ulong.Parse(guild.GetValue<string>(), CultureInfo.InvariantCulture) : null;
        User = payload["member"]?["user"] ?? payload["user"];
        AuthorizingIntegrationOwners = payload["authorizing_integration_owners"];

        var json = payload.ToJsonString();
        var id = json.IndexOf('"' + IdPlaceholder + '"', StringComparison.Ordinal);
        var token = json.IndexOf('"' + TokenPlaceholder + '"', StringComparison.Ordinal);
        if (id < 0 || token < 0)
        {
            throw new InvalidOperationException("The interaction template lost its id or token placeholder.");
        }

        idFirst = id < token;
        var (first, firstLength, second, secondLength) = idFirst
            ? (id, IdPlaceholder.Length + 2, token, TokenPlaceholder.Length + 2)
            : (token, TokenPlaceholder.Length + 2, id, IdPlaceholder.Length + 2);
        parts = [json[..first], json[(first + firstLength)..second], json[(second + secondLength)..]];
    }

    /// <summary>The completed <c>d</c> with the placeholders as id and token; shared, never modified.</summary>
    internal JsonObject Payload { get; }

    internal int Type { get; }

    internal ulong ChannelId { get; }

    /// <summary>The server it comes from (null in a DM): picks the shard it is dispatched on.</summary>
    internal ulong? GuildId { get; }

    /// <summary>member.user (or user in a DM); shared, read only.</summary>
    internal JsonNode? User { get; }

    internal JsonNode? AuthorizingIntegrationOwners { get; }

    /// <summary>The <c>d</c> JSON of one dispatch: the template's text with <paramref name="id"/> and <paramref name="token"/> in place.</summary>
    internal string Render(ulong id, string token)
    {
        var idJson = "\"" + id.ToString(CultureInfo.InvariantCulture) + "\"";
        var tokenJson = "\"" + token + "\"";
        return idFirst
            ? string.Concat(parts[0], idJson, parts[1], tokenJson, parts[2])
            : string.Concat(parts[0], tokenJson, parts[1], idJson, parts[2]);
    }
}
