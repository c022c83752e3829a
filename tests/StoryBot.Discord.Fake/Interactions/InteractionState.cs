using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Interactions;

/// <summary>What the fake remembers about an interaction it dispatched.</summary>
internal sealed class InteractionState
{
    public required ulong Id { get; init; }

    public required string Token { get; init; }

    /// <summary>Interaction type: 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 4 AUTOCOMPLETE, 5 MODAL_SUBMIT.</summary>
    public required int Type { get; init; }

    public required ulong ChannelId { get; init; }

    private Lazy<JsonObject>? payload;

    /// <summary>The <c>d</c> dispatched; for a templated dispatch, parsed from its JSON only when read.</summary>
    public JsonObject Payload
    {
        get => payload!.Value;
        init => payload = new Lazy<JsonObject>(value);
    }

    /// <summary>The <c>d</c> JSON of a templated dispatch (<see cref="Template"/>), parsed into <see cref="Payload"/> on first read.</summary>
    public string PayloadJson
    {
        init => payload = new Lazy<JsonObject>(() => (JsonObject)JsonNode.Parse(value)!, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The template this interaction was dispatched from, or null.</summary>
    public InteractionTemplate? Template { get; init; }

    /// <summary>member.user (or user in a DM) of the interaction.</summary>
    public JsonNode? User => Template is { } template ? template.User : Payload["member"]?["user"] ?? Payload["user"];

    /// <summary>authorizing_integration_owners of the interaction.</summary>
    public JsonNode? AuthorizingIntegrationOwners => Template is { } template ? template.AuthorizingIntegrationOwners : Payload["authorizing_integration_owners"];

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Message the component was attached to (type 3).</summary>
    public ulong? SourceMessageId { get; init; }

    public bool Expired { get; set; }

    public int? CallbackType { get; set; }

    public ulong? OriginalMessageId { get; set; }

    public List<ulong> FollowUpIds { get; } = [];
}
