using System.Text.RegularExpressions;

namespace StoryBot.Commands;

/// <summary>
/// Removes footnote markers from story text shown to members: "Rasengan Raikiri!(1)" reads "Rasengan Raikiri!".
/// The notes themselves are taken out of the story at import (kept as notes, never served), so their markers would
/// point at nothing. A marker is <c>(N)</c> or <c>[N]</c> (one or two digits) right after a letter or punctuation
/// mark, with no space, and not followed by a letter — a numbered list "(1) First" is left alone.
/// </summary>
public static partial class FootnoteMarkers
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('(', StringComparison.Ordinal) || text.Contains('[', StringComparison.Ordinal)
            ? Marker().Replace(text, string.Empty)
            : text;
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{P}-[\(\[]])(?:\(\d{1,2}\)|\[\d{1,2}\])(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
