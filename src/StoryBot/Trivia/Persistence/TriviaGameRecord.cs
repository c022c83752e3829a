using StoryBot.Trivia.Games;
using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Persistence;

/// <summary>A game as stored. Story ids point into the story database by value (no cross-context foreign key).</summary>
public sealed class TriviaGameRecord
{
    public long Id { get; set; }

    public ulong? GuildId { get; set; }

    public ulong ChannelId { get; set; }

    public ulong StarterId { get; set; }

    public required string StarterName { get; set; }

    public int Rounds { get; set; }

    public long? StoryId { get; set; }

    public QuestionKind? Kind { get; set; }

    public GameStatus Status { get; set; }

    public GameEndReason? EndReason { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public List<TriviaRoundRecord> RoundRecords { get; } = [];
}
