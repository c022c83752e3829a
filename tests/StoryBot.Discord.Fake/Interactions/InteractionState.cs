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

    public required JsonObject Payload { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Message the component was attached to (type 3).</summary>
    public ulong? SourceMessageId { get; init; }

    public bool Expired { get; set; }

    public int? CallbackType { get; set; }

    public ulong? OriginalMessageId { get; set; }

    public List<ulong> FollowUpIds { get; } = [];
}
