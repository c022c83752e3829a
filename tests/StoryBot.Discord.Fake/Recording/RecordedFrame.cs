using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Recording;

/// <summary>One gateway frame (or close) sent or received on a connection.</summary>
public sealed record RecordedFrame
{
    public required long Sequence { get; init; }

    /// <summary>Connection number (1, 2, …) in order of connection.</summary>
    public required int ConnectionId { get; init; }

    public required FrameDirection Direction { get; init; }

    /// <summary>The JSON text; for close events, the close description.</summary>
    public required string Text { get; init; }

    private Lazy<JsonNode?>? payload;

    /// <summary>Parsed payload, or null for closes and undecodable frames.</summary>
    public JsonNode? Payload
    {
        get => payload?.Value;
        init => payload = new Lazy<JsonNode?>(value);
    }

    /// <summary>When true, <see cref="Payload"/> is parsed from <see cref="Text"/> on first read (lean mode: frames nobody reads cost nothing).</summary>
    internal bool ParseTextOnRead
    {
        init => payload = value ? new Lazy<JsonNode?>(() => JsonNode.Parse(Text), LazyThreadSafetyMode.ExecutionAndPublication) : payload;
    }

    public int? Op => Payloads.Int(Payload?["op"]);

    public string? EventName => Payload?["t"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Payload["t"]!.GetValue<string>() : null;

    /// <summary>Close status when <see cref="Direction"/> is a close.</summary>
    public int? CloseStatus { get; init; }

    public required DateTimeOffset Timestamp { get; init; }
}
