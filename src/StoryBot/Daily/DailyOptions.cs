using System.ComponentModel.DataAnnotations;

namespace StoryBot.Daily;

/// <summary>Configuration section <c>Daily</c>; every key has a default.</summary>
public sealed class DailyOptions
{
    public const string Section = "Daily";

    /// <summary>Turns the scheduler off (commands still work). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Reading speed for the "reading time" shown in the post. Default 230 words per minute.</summary>
    [Range(50, 2000)]
    public int WordsPerMinute { get; set; } = 230;

    /// <summary>
    /// How long after the first send attempt a retry may reuse the nonce. Discord de-duplicates <c>enforce_nonce</c>
    /// sends only "in the past few minutes"; a pending post older than this is abandoned, never resent. Default 2 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Wait before retrying a send whose outcome is unknown (network error, Discord 5xx). Default 20 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Longest the scheduler sleeps without re-reading the schedules (a safety net against clock jumps; schedule
    /// changes wake it at once anyway). Default 1 hour.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromHours(1);
}
