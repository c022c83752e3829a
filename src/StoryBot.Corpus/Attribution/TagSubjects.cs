using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>The subject of a speech tag: a listed name, he/she, the narrator's "I", or a description ("the blonde").</summary>
internal static class TagSubjects
{
    private const int MaxMentionWords = 5;

    /// <summary>A name, he/she, or a determiner phrase ("the other", "a drunk villager") starting at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject SubjectAt(ParagraphAnalysis a, int i, int limit, NameMatcher matcher, bool verbFirst, out int next)
    {
        next = i;
        if (i >= limit || !a.Tokens[i].IsWord)
        {
            return Subject.None;
        }

        var match = a.MentionAt[i] >= 0
            ? a.Mentions[a.MentionAt[i]] is var m ? new NameMatch(m.Character, m.Length, m.Possessive, m.Character < 0) : default
            : verbFirst ? matcher.Match(a.Text, a.Tokens, i, ignoreCase: true) : NameMatch.None;
        if (match.Success && i + match.TokenCount <= limit)
        {
            next = i + match.TokenCount;
            return match.Possessive
                ? Subject.None
                : new Subject(match.Ambiguous ? SubjectKind.Ambiguous : SubjectKind.Character, match.Character, Gender.Unknown, i, 0, 0, DialogueKind.Speech, false, 0);
        }

        var word = a.Word(i);
        if (a.IsNarratorI(i))
        {
            next = i + 1;
            return new Subject(SubjectKind.Character, a.Narrator, Gender.Unknown, i, 0, 0, DialogueKind.Speech, false, 0);
        }

        var pronoun = Lexicon.SubjectPronoun(word);
        if (pronoun != Gender.Unknown && !word.Contains('\'') && !word.Contains('\u2019'))
        {
            next = i + 1;
            return new Subject(SubjectKind.Pronoun, -1, pronoun, i, 0, 0, DialogueKind.Speech, false, 0);
        }

        // "…," said I / "…," I said, told by an "I" nobody listed: the narrator speaks, never a listed character.
        if (a.Narrator < 0 && word.Length == 1 && word[0] == 'I')
        {
            next = i + 1;
            return new Subject(SubjectKind.Mention, -1, Gender.Unknown, i, a.Tokens[i].Start, a.Tokens[i].End, DialogueKind.Speech, false, 0);
        }

        // "cried they all", "everybody shouted": a group, an unlisted speaker.
        if (Lexicon.IsGroupSubject(word) && !word.Equals("together", StringComparison.OrdinalIgnoreCase))
        {
            var end = i + 1;
            while (end < limit && a.Tokens[end].IsWord && Lexicon.IsGroupSubject(a.Word(end)))
            {
                end++;
            }

            next = end;
            return new Subject(SubjectKind.Mention, -1, Gender.Unknown, i, a.Tokens[i].Start, a.Tokens[end - 1].End, DialogueKind.Speech, false, 0);
        }

        // "said her son", "rejoined his wife": someone described by kin, likely a listed person, but no name says which:
        // ambiguous (the line abstains), neither the reply to the line before nor an unlisted third voice.
        if (verbFirst && IsPossessive(word) && i + 1 < limit && a.Tokens[i + 1].IsWord && PersonNouns.TryGet(a.Word(i + 1), out _))
        {
            next = i + 2;
            return new Subject(SubjectKind.Ambiguous, -1, Gender.Unknown, i, 0, 0, DialogueKind.Speech, false, 0);
        }

        if (!Lexicon.IsDeterminer(word) || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return Subject.None;
        }

        var k = i + 1;
        while (k < limit && k - i <= MaxMentionWords && a.Tokens[k].IsWord)
        {
            var w = a.Word(k);
            if (Lexicon.IsPreposition(w) || IsClauseWord(w))
            {
                break; // "the attack connected and Kabuto screamed": not one description
            }

            // "the Kyuubi", "the real Naruto": a description ending in a listed name is that character.
            if (a.MentionAt[k] >= 0)
            {
                var inner = a.Mentions[a.MentionAt[k]];
                next = k + inner.Length;
                return inner.Possessive
                    ? Subject.None
                    : new Subject(inner.Character < 0 ? SubjectKind.Ambiguous : SubjectKind.Character, inner.Character, Gender.Unknown, k, 0, 0, DialogueKind.Speech, false, 0);
            }

            if (!verbFirst && (Lexicon.IsSpeechVerb(w) || Lexicon.IsBeatVerb(w) || Lexicon.IsPostTagVerb(w) ||
                               w.Equals("went", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            k++;
        }

        if (k == i + 1 || k - i > MaxMentionWords || (!verbFirst && (k >= limit || !a.Tokens[k].IsWord)))
        {
            return Subject.None;
        }

        next = k;
        return new Subject(SubjectKind.Mention, -1, Gender.Unknown, i, a.Tokens[i].Start, a.Tokens[k - 1].End, DialogueKind.Speech, false, 0);
    }

    private static bool IsClauseWord(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("who", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("sounding", StringComparison.OrdinalIgnoreCase) ||
        Lexicon.IsAdverb(w);

    /// <summary>The nearest subject before the verb at <paramref name="verb"/> within its sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject SubjectBefore(ParagraphAnalysis a, int start, int verb)
    {
        for (var j = verb - 1; j >= start; j--)
        {
            if (!a.Tokens[j].IsWord)
            {
                continue;
            }

            var word = a.Word(j);
            var pronoun = Lexicon.SubjectPronoun(word);
            if (pronoun != Gender.Unknown)
            {
                return new Subject(SubjectKind.Pronoun, -1, pronoun, j, 0, 0, DialogueKind.Speech, false, 0);
            }

            // "I heard her mother say", "his sister called": someone described by kin right before the verb.
            if (verb - j == 2 && IsPossessive(word) && PersonNouns.TryGet(a.Word(j + 1), out _))
            {
                return new Subject(SubjectKind.Mention, -1, Gender.Unknown, j, a.Tokens[j].Start, a.Tokens[verb - 1].End, DialogueKind.Speech, false, 0);
            }

            // "as the blonde yelled": a short description right before the verb is its subject.
            if (verb - j is 2 or 3 && IsArticle(word) && AllLowerWords(a, j + 1, verb))
            {
                return new Subject(SubjectKind.Mention, -1, Gender.Unknown, j, a.Tokens[j].Start, a.Tokens[verb - 1].End, DialogueKind.Speech, false, 0);
            }

            if (a.IsNarratorI(j))
            {
                return new Subject(SubjectKind.Character, a.Narrator, Gender.Unknown, j, 0, 0, DialogueKind.Speech, false, 0);
            }

            if (word.Equals("I", StringComparison.Ordinal) || word.Equals("they", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                return Subject.None;
            }

            // A multi-word name is found at its first token.
            var m = a.MentionAt[j];
            if (m < 0)
            {
                continue;
            }

            var mention = a.Mentions[m];
            if (mention.Possessive || j + mention.Length > verb)
            {
                continue;
            }

            var after = j + mention.Length;
            var followedByWho = after < verb && a.Word(after).Equals("who", StringComparison.OrdinalIgnoreCase);
            var object_ = j > start && a.Tokens[j - 1].IsWord && (Lexicon.IsPreposition(a.Word(j - 1)) || TagSentences.IsObjectVerb(a.Word(j - 1)));
            // "bowed to the Queen … and said": a rank after its article is the object too
            object_ |= j - 1 > start && a.Tokens[j - 1].IsWord && a.Word(j - 1).Equals("the", StringComparison.OrdinalIgnoreCase) &&
                       a.Tokens[j - 2].IsWord && (Lexicon.IsPreposition(a.Word(j - 2)) || TagSentences.IsObjectVerb(a.Word(j - 2)));
            if (object_ && !followedByWho)
            {
                continue; // "looked at Naruto and said": Naruto is not the subject
            }

            return new Subject(mention.Character < 0 ? SubjectKind.Ambiguous : SubjectKind.Character, mention.Character, Gender.Unknown, j, 0, 0, DialogueKind.Speech, false, 0);
        }

        // "the blonde yelled": a description right before the verb, at the start of the sentence.
        if (verb - start is >= 2 and <= MaxMentionWords && Lexicon.IsDeterminer(a.Word(start)))
        {
            for (var k = start; k < verb; k++)
            {
                if (!a.Tokens[k].IsWord)
                {
                    return Subject.None;
                }
            }

            return new Subject(SubjectKind.Mention, -1, Gender.Unknown, start, a.Tokens[start].Start, a.Tokens[verb - 1].End, DialogueKind.Speech, false, 0);
        }

        return Subject.None;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("your", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static bool AllLowerWords(ParagraphAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!a.Tokens[k].IsWord || !char.IsLower(a.Text[a.Tokens[k].Start]) || a.MentionAt[k] >= 0 || IsClauseWord(a.Word(k)))
            {
                return false;
            }
        }

        return true;
    }
}
