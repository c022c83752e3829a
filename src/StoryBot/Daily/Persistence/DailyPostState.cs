namespace StoryBot.Daily.Persistence;

/// <summary>Where one day's post is in the exactly-once protocol (see docs/daily.md).</summary>
public enum DailyPostState
{
    /// <summary>Claimed before sending; the send may or may not have reached Discord.</summary>
    Pending = 0,

    /// <summary>Discord confirmed the message.</summary>
    Sent = 1,

    /// <summary>Discord refused it for certain (channel gone, no permission); nothing was posted; may be re-claimed the same day.</summary>
    Failed = 2,

    /// <summary>
    /// A pending claim too old to be retried safely (Discord only de-duplicates nonces for a few minutes): the day is
    /// given up rather than risk a second post.
    /// </summary>
    Abandoned = 3,
}
