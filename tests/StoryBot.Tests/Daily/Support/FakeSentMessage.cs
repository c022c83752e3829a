using StoryBot.Commands;

namespace StoryBot.Tests.Daily.Support;

/// <summary>A message the fake messenger accepted.</summary>
public sealed record FakeSentMessage(ulong ChannelId, ulong MessageId, BotMessage Message, DateTimeOffset At);
