using System.Globalization;

namespace StoryBot.Excerpts;

/// <summary>
/// Where a passage is: in chapter <see cref="ChapterId"/>, either starting at paragraph <see cref="Paragraph"/>
/// (forward) or ending just before it (backward, for "◀ Previous"). <see cref="Offset"/> continues a paragraph too
/// long for one page from that character. <see cref="Owner"/> is who asked for the page the button is on: someone
/// else pressing it gets their own page instead of turning theirs. Encoded in button custom ids.
/// </summary>
public sealed record ExcerptLocation(int ChapterId, int Paragraph, bool Backward = false, int Offset = 0)
{
    public const string Prefix = "ex";

    public ulong? Owner { get; init; }

    /// <summary>
    /// <c>ex:n:&lt;chapterId&gt;:&lt;start&gt;[:&lt;offset&gt;][:o&lt;owner&gt;]</c> or
    /// <c>ex:p:&lt;chapterId&gt;:&lt;endExclusive&gt;[:o&lt;owner&gt;]</c>.
    /// </summary>
    public string ToCustomId() => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}:{(Backward ? "p" : "n")}:{ChapterId}:{Paragraph}{(Offset > 0 && !Backward ? $":{Offset}" : "")}{(Owner is { } owner ? $":o{owner}" : "")}");

    public static ExcerptLocation? Parse(IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ulong? owner = null;
        if (parts.Count > 0 && parts[^1] is ['o', .. var id])
        {
            if (!ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return null;
            }

            owner = parsed;
            parts = [.. parts.Take(parts.Count - 1)];
        }

        var offset = 0;
        if (parts.Count is not (4 or 5) || parts[0] != Prefix || parts[1] is not ("n" or "p")
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var chapter)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
            || (parts.Count == 5 && (parts[1] != "n" || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out offset))))
        {
            return null;
        }

        return new ExcerptLocation(chapter, paragraph, parts[1] == "p", offset) { Owner = owner };
    }
}
