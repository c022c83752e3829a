using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// A tag right after a quote that names someone the list does not hold: <c>"…," June said</c>, <c>said Mrs. Pole</c>.
/// The speaker is someone unlisted (a mention at confidence 0, never a listed character), so the line is not left to turn-taking,
/// which would give it to one of the pair (found characters miss a name like <c>June</c>, a month word).
/// </summary>
internal static class UnlistedTagNames
{
    private const int MaxNameTokens = 4;

    /// <summary>Capitalised words (titles with their full stop) from <paramref name="i"/>, then a speech verb: the name, or None.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject BeforeVerb(ParagraphAnalysis a, int i, int limit, out int verb)
    {
        var end = NameEnd(a, i, limit);
        verb = end > i ? TagParser.SkipAdverbs(a, end, limit) : limit;
        return verb < limit && a.Tokens[verb].IsWord && Lexicon.IsSpeechVerb(a.Word(verb)) ? Mention(a, i, end) : Subject.None;
    }

    /// <summary>Capitalised words from <paramref name="i"/> (after the verb) that end the tag's clause: the name, or None.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject AfterVerb(ParagraphAnalysis a, int i, int limit)
    {
        var end = NameEnd(a, i, limit);
        return end > i && (end >= limit || !a.Tokens[end].IsWord) ? Mention(a, i, end) with { EndToken = end } : Subject.None;
    }

    private static int NameEnd(ParagraphAnalysis a, int i, int limit)
    {
        var end = i;
        while (end < limit && end - i < MaxNameTokens && a.Tokens[end].IsWord && a.MentionAt[end] < 0 && IsNameWord(a, end))
        {
            end++;
            if (end < limit && a.IsPunct(end, '.') && end + 1 < limit && a.Tokens[end + 1].IsWord && IsNameWord(a, end + 1))
            {
                end++; // Mrs. Pole
            }
        }

        return end > i && a.IsPunct(end - 1, '.') ? end - 1 : end;
    }

    private static bool IsNameWord(ParagraphAnalysis a, int t)
    {
        var word = a.Word(t);
        return word.Length > 1 && !IsNobody(word) && char.IsUpper(word[0]) && !word.Contains('\'') && !word.Contains('\u2019') &&
               Lexicon.SubjectPronoun(word) == Gender.Unknown && !Lexicon.IsDeterminer(word) && !Lexicon.IsAdverb(word) &&
               !Lexicon.IsSpeechVerb(word) && !Lexicon.IsGroupSubject(word) && !Lexicon.IsInterjection(word) && !Lexicon.IsPreposition(word);
    }

    private static Subject Mention(ParagraphAnalysis a, int i, int end) =>
        new(SubjectKind.UnlistedName, -1, Gender.Unknown, i, a.Tokens[i].Start, a.Tokens[end - 1].End, DialogueKind.Speech, false, 0);

    // "…?" Nobody said anything: no speaker at all, not someone unlisted.
    private static bool IsNobody(ReadOnlySpan<char> word) =>
        word.Equals("Nobody", StringComparison.Ordinal) || word.Equals("Nothing", StringComparison.Ordinal) ||
        word.Equals("None", StringComparison.Ordinal) || word.Equals("Neither", StringComparison.Ordinal) ||
        word.Equals("No", StringComparison.Ordinal);
}
