using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Recording;

/// <summary>An interaction the fake dispatched: its id, token, the <c>d</c> payload and the gateway sequence number.</summary>
public sealed record FakeInteraction(ulong Id, string Token, JsonObject Payload, long Sequence);
