using StoryBot.Trivia.Games;

namespace StoryBot.Trivia.Persistence;

/// <summary>What a press on an old game's button needs to know to explain itself.</summary>
public sealed record StoredGame(long Id, ulong ChannelId, GameStatus Status, GameEndReason? EndReason, DateTimeOffset? EndedAt);
