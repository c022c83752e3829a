using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Games;

/// <summary>A question put to the channel: when it opened, when it closes, and the message that carries it.</summary>
public sealed record GameRound(int Number, TriviaQuestion Question, DateTimeOffset OpenedAt, DateTimeOffset Deadline, ulong? MessageId);
