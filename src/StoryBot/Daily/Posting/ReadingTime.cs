using System.Globalization;

namespace StoryBot.Daily.Posting;

/// <summary>"~12 min" from a word count at a reading speed (default 230 words per minute).</summary>
public static class ReadingTime
{
    public static string Format(int words, int wordsPerMinute)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(wordsPerMinute);
        var minutes = Math.Max(1, (int)Math.Ceiling(Math.Max(0, words) / (double)wordsPerMinute));
        return minutes < 60
            ? string.Create(CultureInfo.InvariantCulture, $"~{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"~{minutes / 60} h {minutes % 60:00} min");
    }
}
