namespace StoryBot.Daily.Persistence;

/// <summary>One server's chapter-of-the-day configuration.</summary>
public sealed class DailySchedule
{
    /// <summary>The Discord server (guild) id; one schedule per server.</summary>
    public ulong GuildId { get; set; }

    public ulong ChannelId { get; set; }

    /// <summary>Wall-clock time of the post, stored as <c>HH:mm</c>.</summary>
    public string LocalTime { get; set; } = "09:00";

    /// <summary>IANA zone id from the TZDB, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; set; } = "Etc/UTC";

    /// <summary>The only role the post may ping; <c>null</c> pings nobody.</summary>
    public ulong? RoleId { get; set; }

    /// <summary>
    /// When the schedule was (re)configured. A day's post is due only if its due instant is at or after this, so
    /// setting 09:00 at 10:00 starts tomorrow instead of posting at once.
    /// </summary>
    public DateTimeOffset ActiveSince { get; set; }

    /// <summary>Why posting stopped (channel deleted, permission lost); <c>null</c> while active.</summary>
    public string? PausedReason { get; set; }

    public DateTimeOffset? PausedAt { get; set; }

    /// <summary>The user who last configured the schedule.</summary>
    public ulong UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
