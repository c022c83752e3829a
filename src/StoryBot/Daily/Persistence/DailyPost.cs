namespace StoryBot.Daily.Persistence;

/// <summary>
/// One server's post for one local date. The primary key (guild, local date) is the claim: it is inserted before
/// the message is sent, so a second post for the same day cannot even be attempted.
/// </summary>
public sealed class DailyPost
{
    public ulong GuildId { get; set; }

    /// <summary>The local date in the schedule's zone, ISO <c>yyyy-MM-dd</c>.</summary>
    public string LocalDate { get; set; } = string.Empty;

    public ulong ChannelId { get; set; }

    /// <summary>The chapter posted; a plain column, the chapters live in the stories database schema.</summary>
    public long ChapterId { get; set; }

    /// <summary>The chapter's stable rotation key, <c>story-slug/chapter-number</c>.</summary>
    public string ChapterKey { get; set; } = string.Empty;

    /// <summary>Rotation cycle: every eligible chapter is posted once per cycle before the next begins.</summary>
    public int Cycle { get; set; }

    public DailyPostState State { get; set; }

    /// <summary>Sent as the message nonce with <c>enforce_nonce</c>, so a retry returns the first message instead of a second one.</summary>
    public string Nonce { get; set; } = string.Empty;

    public DateTimeOffset ClaimedAt { get; set; }

    public int Attempts { get; set; }

    public ulong? MessageId { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the post failed or was abandoned.</summary>
    public string? Detail { get; set; }
}
