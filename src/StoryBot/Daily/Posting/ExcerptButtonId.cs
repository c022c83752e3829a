using System.Globalization;

namespace StoryBot.Daily.Posting;

/// <summary>
/// Custom ids of the daily post's buttons. All state is in the id, so buttons keep working for days and across
/// restarts: <c>dy:x:&lt;chapterId&gt;</c> on the post opens an excerpt only the presser sees;
/// <c>dy:n:&lt;chapterId&gt;:&lt;paragraph&gt;</c> on that excerpt turns the page.
/// </summary>
public static class ExcerptButtonId
{
    public const string Prefix = "dy";
    private const string Open = "x";
    private const string Next = "n";

    public static string ForPost(long chapterId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{Open}:{chapterId}");

    public static string ForNextPage(long chapterId, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{Next}:{chapterId}:{paragraph}");

    /// <summary>Parses either form; <paramref name="isNextPage"/> tells which.</summary>
    public static bool TryParse(string? customId, out long chapterId, out int paragraph, out bool isNextPage)
    {
        chapterId = 0;
        paragraph = 0;
        isNextPage = false;
        var parts = (customId ?? string.Empty).Split(':');
        if (parts.Length < 3 || parts[0] != Prefix
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out chapterId))
        {
            return false;
        }

        if (parts[1] == Open && parts.Length == 3)
        {
            return true;
        }

        isNextPage = true;
        return parts[1] == Next && parts.Length == 4
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out paragraph);
    }
}
