using System.Globalization;
using System.Text.RegularExpressions;

namespace StoryBot.Shell;

/// <summary>
/// Shows Discord timestamp markup (<c>&lt;t:1618953630:R&gt;</c>) the way a Discord client would, in the shell's local
/// time zone: the styles and example outputs of reference.mdx#message-formatting-timestamp-styles.
/// </summary>
public static partial class DiscordTimestamps
{
    public static string Render(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        if (!text.Contains("<t:", StringComparison.Ordinal))
        {
            return text;
        }

        return Markup().Replace(text, match =>
        {
            if (!long.TryParse(match.Groups[1].ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long seconds)
                || seconds < -62_135_596_800 || seconds > 253_402_300_799)
            {
                return match.Value;
            }

            DateTimeOffset when = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone);
            string style = match.Groups[2].Success ? match.Groups[2].Value : "f";
            return Format(when, style, now);
        });
    }

    private static string Format(DateTimeOffset when, string style, DateTimeOffset now) => style switch
    {
        "t" => When(when, "HH:mm"),
        "T" => When(when, "HH:mm:ss"),
        "d" => When(when, "dd/MM/yyyy"),
        "D" => When(when, "MMMM d, yyyy"),
        "F" => When(when, "dddd, MMMM d, yyyy 'at' HH:mm"),
        "s" => When(when, "dd/MM/yyyy, HH:mm"),
        "S" => When(when, "dd/MM/yyyy, HH:mm:ss"),
        "R" => Relative(when - now),
        _ => When(when, "MMMM d, yyyy 'at' HH:mm"),
    };

    private static string When(DateTimeOffset when, string format) => when.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"in 5 minutes", "2 hours ago", "now": the largest whole unit, as Discord's relative style reads.</summary>
    internal static string Relative(TimeSpan delta)
    {
        TimeSpan size = delta.Duration();
        (double amount, string unit) = size.TotalSeconds switch
        {
            < 1 => (0, string.Empty),
            < 60 => (size.TotalSeconds, "second"),
            < 3600 => (size.TotalMinutes, "minute"),
            < 86_400 => (size.TotalHours, "hour"),
            < 30 * 86_400 => (size.TotalDays, "day"),
            < 365 * 86_400 => (size.TotalDays / 30, "month"),
            _ => (size.TotalDays / 365, "year"),
        };
        if (unit.Length == 0)
        {
            return "now";
        }

        long whole = (long)Math.Floor(amount);
        string phrase = string.Create(CultureInfo.InvariantCulture, $"{whole} {unit}{(whole == 1 ? string.Empty : "s")}");
        return delta > TimeSpan.Zero ? "in " + phrase : phrase + " ago";
    }

    [GeneratedRegex(@"<t:(-?\d{1,13})(?::([tTdDfFsSR]))?>")]
    private static partial Regex Markup();
}
