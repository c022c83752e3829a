namespace StoryBot.Excerpts;

/// <summary>
/// Where a passage is: in chapter <see cref="ChapterId"/>, either starting at paragraph <see cref="Paragraph"/>
/// (forward) or ending just before it (backward, for "◀ Previous"). <see cref="Offset"/> continues a paragraph too
/// long for one page from that character. Encoded in button custom ids.
/// </summary>
public sealed record ExcerptLocation(int ChapterId, int Paragraph, bool Backward = false, int Offset = 0)
{
    public const string Prefix = "ex";

    /// <summary><c>ex:n:&lt;chapterId&gt;:&lt;start&gt;[:&lt;offset&gt;]</c> or <c>ex:p:&lt;chapterId&gt;:&lt;endExclusive&gt;</c>.</summary>
    public string ToCustomId() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Prefix}:{(Backward ? "p" : "n")}:{ChapterId}:{Paragraph}{(Offset > 0 && !Backward ? $":{Offset}" : "")}");

    public static ExcerptLocation? Parse(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var offset = 0;
        if (parts.Count is not (4 or 5) || parts[0] != Prefix || parts[1] is not ("n" or "p")
            || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var chapter)
            || !int.TryParse(parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var paragraph)
            || (parts.Count == 5 && (parts[1] != "n" || !int.TryParse(parts[4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out offset))))
        {
            return null;
        }

        return new ExcerptLocation(chapter, paragraph, parts[1] == "p", offset);
    }
}
