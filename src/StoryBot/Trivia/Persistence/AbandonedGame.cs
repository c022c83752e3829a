namespace StoryBot.Trivia.Persistence;

/// <summary>A game that was running when the host stopped, with its last question's message (to disable its buttons).</summary>
public sealed record AbandonedGame(long GameId, ulong ChannelId, ulong? OpenQuestionMessageId);
