namespace StoryBot.Stories;

/// <summary>SQL LIKE patterns from user text, with <c>%</c>, <c>_</c> and the escape character escaped.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text) => $"%{Quote(text)}%";

    public static string StartsWith(string text) => $"{Quote(text)}%";

    private static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
