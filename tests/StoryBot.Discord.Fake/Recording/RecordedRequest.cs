using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Schema;

namespace StoryBot.Discord.Fake.Recording;

/// <summary>One REST request the fake received, with the answer it gave.</summary>
public sealed record RecordedRequest
{
    public required long Sequence { get; init; }

    public required string Method { get; init; }

    /// <summary>Path below the API base, e.g. <c>/channels/1/messages</c> (no <c>/api/v10</c> prefix).</summary>
    public required string Path { get; init; }

    public required string Query { get; init; }

    /// <summary>Route key with the spec's parameter names, e.g. <c>POST /channels/{channel_id}/messages</c>; null when no route matched.</summary>
    public string? Route { get; init; }

    /// <summary>Request headers; the Authorization value is replaced by "Bot [redacted]".</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public string? BodyText { get; init; }

    /// <summary>Parsed JSON body, or null when the body was empty or not JSON.</summary>
    public JsonNode? Body { get; init; }

    public int Status { get; set; }

    public JsonNode? ResponseBody { get; set; }

    public required DateTimeOffset Timestamp { get; init; }

    public IReadOnlyList<SchemaViolation> SchemaViolations { get; set; } = [];

    /// <summary>Protocol remarks, e.g. a request sent before a 429's retry_after elapsed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
