using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace StoryBot.Daily.Scheduling;

/// <summary>How instants are shown: in the server's zone, and as Discord timestamps every reader sees in their own zone.</summary>
public static class TimeDisplay
{
    /// <summary>The one date style of StoryBot's own text: "Monday, 23 November 2026".</summary>
    public static readonly LocalDatePattern Date = LocalDatePattern.Create("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);

    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.Create("dddd, d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Monday, 23 November 2026, 09:00 CET (Europe/Berlin)".</summary>
    public static string InZone(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var zoned = instant.InZone(zone);
        return $"{Local.Format(zoned.LocalDateTime)} {zoned.GetZoneInterval().Name} ({zone.Id})";
    }

    /// <summary>"&lt;t:1763884800:F&gt; (&lt;t:1763884800:R&gt;)": full date and relative time (docs: reference, "Message Formatting").</summary>
    public static string DiscordTimestamp(Instant instant)
    {
        var unix = instant.ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"<t:{unix}:F> (<t:{unix}:R>)");
    }
}
