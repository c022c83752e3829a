namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Line tables reused per thread: a line table is scratch (nothing in a parse result points at one), and a work read
/// as one chapter hands its table to the chapter parser, so at most two are out at a time on a thread.
/// </summary>
internal static class LineTables
{
    /// <summary>A line table grown past this many lines is not kept for the next file.</summary>
    private const int MaxSpareLines = 1 << 16;

    [ThreadStatic]
    private static List<TextLine>? spare;

    [ThreadStatic]
    private static List<TextLine>? secondSpare;

    /// <summary>An empty line table from this thread's spares, or a new one sized for <paramref name="textLength"/> characters.</summary>
    public static List<TextLine> Rent(int textLength)
    {
        List<TextLine>? lines = spare ?? secondSpare;
        if (lines is null)
        {
            return new List<TextLine>(textLength / 64);
        }

        if (ReferenceEquals(lines, spare))
        {
            spare = null;
        }
        else
        {
            secondSpare = null;
        }

        return lines;
    }

    /// <summary>Clears <paramref name="lines"/> and keeps it for the next split on this thread.</summary>
    public static void Return(List<TextLine> lines)
    {
        lines.Clear();
        if (lines.Capacity > MaxSpareLines)
        {
            return;
        }

        if (spare is null)
        {
            spare = lines;
        }
        else
        {
            secondSpare ??= lines;
        }
    }
}
