namespace StoryBot.Commands;

/// <summary>A message the bot posted.</summary>
public sealed record SentMessage(ulong ChannelId, ulong MessageId);
