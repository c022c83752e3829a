using NodaTime;
using NodaTime.Text;

namespace StoryBot.Daily.Posting;

/// <summary>The ISO <c>yyyy-MM-dd</c> form local dates are stored in.</summary>
public static class LocalDates
{
    public static string ToIso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static LocalDate FromIso(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
