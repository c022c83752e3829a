using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace StoryBot.Daily.Scheduling;

/// <summary>Parses and formats the 24-hour <c>HH:mm</c> time an admin types.</summary>
public static class DailyTimeFormat
{
    private static readonly LocalTimePattern Strict = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Short = LocalTimePattern.CreateWithInvariantCulture("H:mm");

    public static bool TryParse(string? text, [NotNullWhen(true)] out LocalTime? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().Replace('.', ':');
        var result = Strict.Parse(trimmed);
        if (!result.Success)
        {
            result = Short.Parse(trimmed);
        }

        if (!result.Success)
        {
            return false;
        }

        time = result.Value;
        return true;
    }

    public static string Format(LocalTime time) => Strict.Format(time);
}
