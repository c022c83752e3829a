namespace StoryBot.Commands;

/// <summary>
/// Finds the emphasis a story's own text carries in Discord's markdown — <c>*italic*</c>, <c>**bold**</c>,
/// <c>***both***</c>, <c>_italic_</c>, <c>__underline__</c>, <c>~~struck~~</c> — as fan fiction writes it in text
/// files and as the HTML and EPUB readers store <c>em</c>/<c>strong</c>. Only well-formed pairs count: an opening
/// run before a non-space, a closing run of the same length after a non-space, both on one line, not inside a word,
/// pairs of one kind never overlapping. Everything else is left for <see cref="Markdown.Escape"/> to render literally.
/// </summary>
internal static class EmphasisMarkers
{
    /// <summary>A mask of the marker characters to keep as markdown, or null when the text has none.</summary>
    public static bool[]? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('*', '_', '~') < 0)
        {
            return null;
        }

        bool[]? keep = null;
        Scan(text, 0, text.Length, "*_~", ref keep);
        return keep;
    }

    private static void Scan(string text, int start, int end, string kinds, ref bool[]? keep)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (kinds.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                i++;
                continue;
            }

            var run = RunLength(text, i, end);
            var close = IsPairable(c, run) && CanOpen(text, i, run, end) ? FindCloser(text, i + run, end, c, run) : -1;
            if (close < 0)
            {
                i += run;
                continue;
            }

            keep ??= new bool[text.Length];
            Array.Fill(keep, true, i, run);
            Array.Fill(keep, true, close, run);
            Scan(text, i + run, close, kinds.Replace(c.ToString(), string.Empty, StringComparison.Ordinal), ref keep);
            i = close + run;
        }
    }

    private static bool IsPairable(char c, int run) => c switch
    {
        '*' => run <= 3,
        '_' => run <= 2,
        _ => run == 2,
    };

    private static int RunLength(string text, int i, int end)
    {
        var j = i;
        while (j < end && text[j] == text[i])
        {
            j++;
        }

        return j - i;
    }

    private static bool CanOpen(string text, int i, int run, int end) =>
        i + run < end && !char.IsWhiteSpace(text[i + run]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    private static int FindCloser(string text, int from, int end, char c, int run)
    {
        var j = from;
        while (j < end && text[j] != '\n')
        {
            if (text[j] != c)
            {
                j++;
                continue;
            }

            var length = RunLength(text, j, end);
            var after = j + length;
            if (length == run && j > from && !char.IsWhiteSpace(text[j - 1]) && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return j;
            }

            j = after;
        }

        return -1;
    }
}
