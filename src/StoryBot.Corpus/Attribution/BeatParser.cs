using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>Action beats: a sentence before or after a quote whose subject is a character ("Naruto looked out over the village").</summary>
internal static class BeatParser
{
    /// <summary>An action beat: the last sentence of [from, to) starts with a character's name followed by a verb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject Beat(ParagraphAnalysis a, int from, int to)
    {
        var end = to;
        while (end > from && a.Tokens[end - 1].Kind == Text.TokenKind.Punctuation)
        {
            end--;
        }

        var start = TagSentences.SentenceStart(a, from, end);
        while (start < end && (!a.Tokens[start].IsWord || IsConnective(a.Word(start))))
        {
            start++;
        }

        // "With that Kabuto performed several seals." The comma after "that" is looked at only inside [start, end): a
        // sentence that stops at "With that" (end of the paragraph, or a quote right after) has no token there.
        if (start + 1 < end && (a.Word(start).Equals("with", StringComparison.OrdinalIgnoreCase) || a.Word(start).Equals("after", StringComparison.OrdinalIgnoreCase)) &&
            a.Word(start + 1).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            start += start + 2 < end && a.IsPunct(start + 2, ',') ? 3 : 2;
        }

        if (start >= end || TagSentences.EmbeddedQuote(a, to, from))
        {
            return Subject.None;
        }

        // "I sat down across from her.": the narrator acts (the sentence must name nobody else as a possible subject).
        if (a.IsNarratorI(start))
        {
            for (var j = start + 1; j < end; j++)
            {
                if (a.Tokens[j].IsWord && (Lexicon.SubjectPronoun(a.Word(j)) != Gender.Unknown || (a.MentionAt[j] >= 0 && !a.Mentions[a.MentionAt[j]].Possessive &&
                    !(a.Tokens[j - 1].IsWord && (Lexicon.IsPreposition(a.Word(j - 1)) || TagSentences.IsObjectVerb(a.Word(j - 1)))))))
                {
                    return Subject.None;
                }
            }

            return new Subject(SubjectKind.Character, a.Narrator, Gender.Unknown, start, 0, 0, DialogueKind.Speech, false, to);
        }

        var pronoun = Lexicon.SubjectPronoun(a.Word(start));
        if (pronoun != Gender.Unknown)
        {
            // "She had him and he knew it": two people in one sentence is an exchange, not a beat.
            for (var j = start + 1; j < end; j++)
            {
                if (a.Tokens[j].IsWord && OtherGenderPronoun(a.Word(j), pronoun))
                {
                    return Subject.None;
                }
            }

            return new Subject(SubjectKind.Pronoun, -1, pronoun, start, 0, 0, DialogueKind.Speech, false, to);
        }

        if (a.MentionAt[start] < 0)
        {
            return Subject.None;
        }

        var mention = a.Mentions[a.MentionAt[start]];
        var next = start + mention.Length;
        if (mention.Possessive || next >= end || !a.Tokens[next].IsWord || char.IsUpper(a.Text[a.Tokens[next].Start]) && a.MentionAt[next] >= 0)
        {
            return Subject.None;
        }

        // "Naruto was brought out of his thoughts when Gaara put his hand…": another possible subject, so no beat.
        for (var j = next; j < end; j++)
        {
            var m = a.MentionAt[j];
            if (m >= 0 && a.Mentions[m].Character != mention.Character && !a.Mentions[m].Possessive &&
                !(a.Tokens[j - 1].IsWord && (Lexicon.IsPreposition(a.Word(j - 1)) || TagSentences.IsObjectVerb(a.Word(j - 1)))))
            {
                return Subject.None;
            }
        }

        return new Subject(mention.Character < 0 ? SubjectKind.Ambiguous : SubjectKind.Character, mention.Character, Gender.Unknown, start, 0, 0, DialogueKind.Speech, false, to);
    }

    /// <summary>
    /// A beat right after the quote: the sentence that follows it starts with a character's name and a verb
    /// ("…of your own life." Naruto looked out over the village).
    /// </summary>
    public static Subject BeatAfter(ParagraphAnalysis a, int q)
    {
        var start = a.QuoteEnd[q];
        var limit = a.NarrationEnd(q + 1);
        while (start < limit && !a.Tokens[start].IsWord)
        {
            start++;
        }

        var end = start;
        while (end < limit && !a.IsSentenceEnd(end))
        {
            end++;
        }

        return end > start ? Beat(a, start, end + (end < limit ? 1 : 0)) : Subject.None;
    }

    private static bool IsConnective(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("so", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("finally", StringComparison.OrdinalIgnoreCase) || word.Equals("suddenly", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("meanwhile", StringComparison.OrdinalIgnoreCase) || word.Equals("now", StringComparison.OrdinalIgnoreCase);

    private static bool OtherGenderPronoun(ReadOnlySpan<char> word, Gender gender) => gender == Gender.Male
        ? word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase)
        : word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase);
}
