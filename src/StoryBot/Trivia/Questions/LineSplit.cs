namespace StoryBot.Trivia.Questions;

/// <summary>A line cut in two for "Finish the line": the start shown, the ending to find.</summary>
internal sealed record LineSplit(string Start, string Ending, int EndingWords)
{
    public const int MinPartWords = 3;

    /// <summary>
    /// Cuts between words: after a comma, semicolon, colon or dash near the middle when there is one, otherwise at the
    /// middle word. Both parts keep at least <see cref="MinPartWords"/> words.
    /// </summary>
    public static LineSplit? Of(string text)
    {
        var raw = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var wordsBefore = new int[raw.Length + 1];
        for (var i = 0; i < raw.Length; i++)
        {
            wordsBefore[i + 1] = wordsBefore[i] + (raw[i].Any(char.IsLetterOrDigit) ? 1 : 0);
        }

        var total = wordsBefore[raw.Length];
        if (total < MinPartWords * 2)
        {
            return null;
        }

        var lowest = Math.Max(MinPartWords, (int)Math.Ceiling(total * 0.3));
        var highest = total - MinPartWords;
        var middle = total / 2.0;
        int? best = null;
        for (var cut = 1; cut < raw.Length; cut++)
        {
            var before = wordsBefore[cut];
            if (before < lowest || before > highest || raw[cut - 1][^1] is not (',' or ';' or ':' or '—' or '-'))
            {
                continue;
            }

            if (best is null || Math.Abs(before - middle) < Math.Abs(wordsBefore[best.Value] - middle))
            {
                best = cut;
            }
        }

        best ??= Enumerable.Range(1, raw.Length - 1)
            .Where(cut => wordsBefore[cut] >= MinPartWords && total - wordsBefore[cut] >= MinPartWords)
            .OrderBy(cut => Math.Abs(wordsBefore[cut] - middle))
            .ThenBy(cut => cut)
            .Cast<int?>()
            .FirstOrDefault();
        if (best is not { } at)
        {
            return null;
        }

        return new LineSplit(string.Join(' ', raw[..at]), string.Join(' ', raw[at..]), total - wordsBefore[at]);
    }
}
