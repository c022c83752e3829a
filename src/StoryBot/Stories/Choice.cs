namespace StoryBot.Stories;

/// <summary>Autocomplete choice texts within Discord's limits (name and value ≤ 100 characters).</summary>
public static class Choice
{
    public const int MaxLength = 100;

    public static string Label(string title, string? author)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = author is null ? title : $"{title} — {author}";
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 1), "…");
    }

    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= MaxLength ? value : value[..MaxLength];
    }
}
