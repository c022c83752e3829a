namespace StoryBot.Excerpts;

/// <summary>
/// Where a passage is: in chapter <see cref="ChapterId"/>, either starting at paragraph <see cref="Paragraph"/>
/// (forward) or ending just before it (backward, for "◀ Previous"). Encoded in button custom ids.
/// </summary>
public sealed record ExcerptLocation(int ChapterId, int Paragraph, bool Backward = false)
{
    public const string Prefix = "ex";

    /// <summary><c>ex:n:&lt;chapterId&gt;:&lt;start&gt;</c> or <c>ex:p:&lt;chapterId&gt;:&lt;endExclusive&gt;</c>.</summary>
    public string ToCustomId() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}:{(Backward ? "p" : "n")}:{ChapterId}:{Paragraph}");

    public static ExcerptLocation? Parse(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count != 4 || parts[0] != Prefix || parts[1] is not ("n" or "p")
            || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var chapter)
            || !int.TryParse(parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var paragraph))
        {
            return null;
        }

        return new ExcerptLocation(chapter, paragraph, parts[1] == "p");
    }
}
