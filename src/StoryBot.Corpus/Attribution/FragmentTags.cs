using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// A tag without its verb: <c>"You okay?" Theo, from the floor.</c> — a name right after the quote, a comma, a phrase
/// that opens with a preposition, and the sentence's end (a relative clause may close it: <c>, where he was trying to
/// light it.</c>). It names the speaker as surely as a beat verb tag does. A second comma before anything else, another
/// name, or a quote before the full stop make it an ordinary sentence (<c>Theo, from the floor, grabbed her ankle.</c>).
/// </summary>
internal static class FragmentTags
{
    /// <summary>Whether the name ending at <paramref name="after"/> opens such a fragment; <paramref name="end"/> its full stop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool After(ParagraphAnalysis a, int after, int limit, out int end)
    {
        end = -1;
        if (after + 2 >= limit || !a.IsPunct(after, ',') || !a.Tokens[after + 1].IsWord || !Lexicon.IsPreposition(a.Word(after + 1)))
        {
            return false;
        }

        var relative = false;
        for (var t = after + 2; t < limit; t++)
        {
            if (a.IsSentenceEnd(t))
            {
                end = t;
                return true;
            }

            if (relative)
            {
                continue;
            }

            if (a.MentionAt[t] >= 0)
            {
                return false; // "Theo, from the floor, and June, from the door"
            }

            if (a.IsPunct(t, ','))
            {
                relative = t + 1 < limit && a.Tokens[t + 1].IsWord && IsRelative(a.Word(t + 1));
                if (!relative)
                {
                    return false;
                }

                t++;
                continue;
            }

            if (!a.Tokens[t].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsRelative(ReadOnlySpan<char> word) =>
        word.Equals("where", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase);
}
