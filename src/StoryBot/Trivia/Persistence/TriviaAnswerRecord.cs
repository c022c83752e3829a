namespace StoryBot.Trivia.Persistence;

/// <summary>
/// One player's scored answer. Leaderboards and stats are aggregates over these rows: one source of truth, written
/// as each round closes, so a crash mid-game loses nothing already scored.
/// </summary>
public sealed class TriviaAnswerRecord
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    public TriviaRoundRecord Round { get; set; } = null!;

    public long GameId { get; set; }

    public ulong? GuildId { get; set; }

    public ulong UserId { get; set; }

    /// <summary>The player's display name when they answered (for boards; never used to ping).</summary>
    public required string UserName { get; set; }

    public int Choice { get; set; }

    public bool Correct { get; set; }

    public int ElapsedMilliseconds { get; set; }

    public int Points { get; set; }

    /// <summary>The player's streak of right answers in this game after this answer (0 when wrong).</summary>
    public int StreakAfter { get; set; }

    public DateTime AnsweredAt { get; set; }
}
