namespace StoryBot.Discord.Fake.Recording;

/// <summary>A gateway WebSocket connection the client opened.</summary>
public sealed record GatewayConnectionInfo(int Id, string Path, string Query, DateTimeOffset OpenedAt);
