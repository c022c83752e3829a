namespace StoryBot.Discord.Messages;

/// <summary>Cuts text to a limit at a word boundary and marks the cut with "…".</summary>
public static class TextTruncation
{
    /// <summary>The ellipsis appended to cut text.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// Returns <paramref name="text"/> unchanged when it fits; otherwise the longest prefix ending at a word
    /// boundary (or, for one huge word, at a character boundary that never splits a surrogate pair) plus "…",
    /// in at most <paramref name="maxLength"/> UTF-16 units (Discord counts characters; UTF-16 is never fewer).
    /// </summary>
    public static string Truncate(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (string.IsNullOrEmpty(text) || text.Length <= maxLength)
        {
            return text ?? "";
        }

        if (maxLength <= Ellipsis.Length)
        {
            return SafeCut(text, maxLength);
        }

        var budget = maxLength - Ellipsis.Length;
        var cut = budget;

        // Prefer the last whitespace that keeps at least half of the allowed text.
        var space = LastWhitespace(text, budget);
        if (space >= budget / 2)
        {
            cut = space;
        }

        var head = SafeCut(text, cut).TrimEnd();
        head = head.TrimEnd(',', ';', ':', '-', '—');
        return head + Ellipsis;
    }

    private static int LastWhitespace(string text, int budget)
    {
        // A space exactly at index budget means the first budget characters end a word.
        for (var i = budget; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string SafeCut(string text, int length)
    {
        if (length <= 0)
        {
            return "";
        }

        if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
