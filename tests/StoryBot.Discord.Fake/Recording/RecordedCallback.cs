using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Recording;

/// <summary>An interaction callback the fake received (accepted or rejected). <c>Data</c> is null when <see cref="FakeDiscordOptions.RecordBodies"/> is off.</summary>
public sealed record RecordedCallback(ulong InteractionId, int Type, JsonNode? Data, int Status, int? ErrorCode, DateTimeOffset Timestamp);
