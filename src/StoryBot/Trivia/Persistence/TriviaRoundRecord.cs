using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Persistence;

/// <summary>A question asked in a channel: the recent-question history and the message to tidy up after a restart.</summary>
public sealed class TriviaRoundRecord
{
    public long Id { get; set; }

    public long GameId { get; set; }

    public TriviaGameRecord Game { get; set; } = null!;

    public int Number { get; set; }

    public ulong? GuildId { get; set; }

    public ulong ChannelId { get; set; }

    public QuestionKind Kind { get; set; }

    /// <summary>e.g. <c>who:42</c>; "not again so soon" looks these up per channel.</summary>
    public required string QuestionKey { get; set; }

    public long StoryId { get; set; }

    public int AnswerIndex { get; set; }

    public ulong? MessageId { get; set; }

    public DateTime AskedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<TriviaAnswerRecord> Answers { get; } = [];
}
