using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Clauses inside a tag's sentence: a second subject of its own ("and Kiba pointed"), a second speaker's tag ("said Lily,
/// and Marcus said, "…"").
/// </summary>
internal static class TagClauses
{
    /// <summary>A clause join, a name or he/she, and a speech verb in [from, end): where a second tag starts, or -1.</summary>
    public static int SecondTagStart(ParagraphAnalysis a, int from, int end)
    {
        for (var j = from; j + 2 < end; j++)
        {
            if (!a.Tokens[j].IsWord || !IsClauseJoin(a.Word(j)) || !a.Tokens[j + 1].IsWord)
            {
                continue;
            }

            var s = j + 1;
            var length = SubjectLength(a, s);
            var v = length > 0 ? TagParser.SkipAdverbs(a, s + length, end) : end;
            if (v < end && a.Tokens[v].IsWord && Lexicon.IsSpeechVerb(a.Word(v)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A clause of its own after the verb: and/but/while/then, a name or a subject pronoun, then a word ("and Kiba pointed").</summary>
    public static bool SecondSubjectAfter(ParagraphAnalysis a, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (!a.Tokens[j].IsWord || !IsClauseJoin(a.Word(j)) || j + 1 >= end || !a.Tokens[j + 1].IsWord)
            {
                continue;
            }

            var next = j + 1;
            var length = SubjectLength(a, next);
            if (length > 0 && next + length < end && a.Tokens[next + length].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens of a clause subject at <paramref name="s"/>: he/she (1), a name in the narration (its length), or 0.</summary>
    private static int SubjectLength(ParagraphAnalysis a, int s) =>
        Lexicon.SubjectPronoun(a.Word(s)) != Gender.Unknown ? 1
            : a.MentionAt[s] is var m and >= 0 && !a.Mentions[m].Possessive && !a.Mentions[m].InQuote ? a.Mentions[m].Length : 0;

    private static bool IsClauseJoin(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("then", StringComparison.OrdinalIgnoreCase);
}
