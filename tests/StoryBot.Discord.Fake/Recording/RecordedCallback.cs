using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Recording;

/// <summary>An interaction callback the fake received (accepted or rejected).</summary>
public sealed record RecordedCallback(ulong InteractionId, int Type, JsonNode? Data, int Status, int? ErrorCode, DateTimeOffset Timestamp);
