using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>Reads speech tags around a quote: "…," said Lee / "…" Naruto asked / Naruto stood up and said, "…".</summary>
internal static class TagParser
{
    private const int MaxAdverbs = 2;
    private const int MaxMentionWords = 5;
    private const int MaxWordsAfterPreTagVerb = 15;

    /// <summary>A tag right after quote <paramref name="q"/>: verb-first (said Lee) or subject-first (Naruto asked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject PostTag(ParagraphAnalysis a, int q, NameMatcher matcher, bool allowBeat)
    {
        var limit = a.NarrationEnd(q + 1);
        var i = a.QuoteEnd[q];
        // "…Jir-kun"? said one voice: stray punctuation between the closing mark and the tag.
        while (i < limit && (a.IsPunct(i, ',') || a.IsPunct(i, '-') || a.IsPunct(i, '\u2014') || a.IsPunct(i, '\u2013') ||
                             (i == a.QuoteEnd[q] && (a.IsPunct(i, '?') || a.IsPunct(i, '!')))))
        {
            i++;
        }

        if (i >= limit || !a.Tokens[i].IsWord)
        {
            return Subject.None;
        }

        if (IsTagVerb(a, i, allowBeat, out var beat))
        {
            var j = SkipAdverbs(a, i + 1, limit);
            var subject = SubjectAt(a, j, limit, matcher, verbFirst: true, out var next);
            if (subject.Found)
            {
                return Finish(a, subject, i, beat, next, limit);
            }
        }

        var first = SubjectAt(a, i, limit, matcher, verbFirst: false, out var after);
        if (!first.Found && a.Tokens[i].Length == 1 && a.Text[a.Tokens[i].Start] == 'I')
        {
            return PerceptionTag.Heard(a, first, i + 1, limit, matcher); // "…," I heard Theo say (no narrator known)
        }

        if (!first.Found || (Lexicon.IsDeterminer(a.Word(i)) && !allowBeat && char.IsUpper(a.Text[a.Tokens[i].Start])))
        {
            return Subject.None; // "…!" The attack connected and Kabuto screamed: a new sentence, not a tag
        }

        var v = SkipAdverbs(a, after, limit);
        if (v >= limit)
        {
            return Subject.None;
        }

        if (!IsTagVerb(a, v, allowBeat, out beat))
        {
            return PerceptionTag.Heard(a, first, v, limit, matcher); // "…," I heard Theo say: Theo's
        }

        var tag = Finish(a, first, v, beat, v + 1, limit);

        // "…yourself." Naruto Sneered at Kabuto " Fuck you…": a sentence that runs into the next quote leads into it.
        var closedSentence = !allowBeat;
        return closedSentence && q + 1 < a.QuoteCount && tag.EndToken >= limit && !a.IsSentenceEnd(limit - 1) ? Subject.None : tag;
    }

    /// <summary>
    /// A tag in the narration [from, to) that leads into a quote: the first speech verb of its last sentence and the
    /// nearest subject before it ("Kabuto who looked at him … and said", "Sai, who was bleeding …, yelled").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject PreTag(ParagraphAnalysis a, int from, int to, out bool endsWithFullStop)
    {
        endsWithFullStop = false;
        var end = to;
        while (end > from && a.Tokens[end - 1].Kind == Text.TokenKind.Punctuation && !a.IsSentenceEnd(end - 1))
        {
            end--; // , : — before the quote
        }

        if (end > from && a.IsSentenceEnd(end - 1))
        {
            endsWithFullStop = true;
            while (end > from && a.Tokens[end - 1].Kind == Text.TokenKind.Punctuation)
            {
                end--;
            }
        }

        // "a quiet hiss of, "idiot"", "a "this is so troublesome" aura": the quote is a noun, not a line being tagged.
        if (to > from && to < a.Tokens.Count && EmbeddedQuote(a, to, from))
        {
            return Subject.None;
        }

        var start = SentenceStart(a, from, end);
        for (var v = start; v < end; v++)
        {
            if (!a.Tokens[v].IsWord || !IsPreTagVerb(a, v, start, end))
            {
                continue;
            }

            if (end - v - 1 > MaxWordsAfterPreTagVerb)
            {
                return Subject.None;
            }

            // "Louie came over and asked if we wanted anything." / "He said a word I had not heard": a sentence that ends
            // reports what was said; it does not lead into the next line.
            if (endsWithFullStop && v + 1 < end && a.Tokens[v + 1].IsWord && Lexicon.IsReportedSpeechOpener(a.Word(v + 1)))
            {
                return Subject.None;
            }

            // "Akamaru barked twice, and Kiba pointed at him.": a second clause with its own subject ends the sentence; the
            // line that follows is not clearly the first one's.
            if (SecondSubjectAfter(a, v + 1, end))
            {
                return Subject.None;
            }

            var subject = SubjectBefore(a, start, v);
            return subject.Found
                ? subject with
                {
                    DialogueKind = Lexicon.IsThoughtVerb(a.Word(v)) ? DialogueKind.Thought : DialogueKind.Speech,
                    BeatVerb = !Lexicon.IsSpeechVerb(a.Word(v)),
                    EndToken = to,
                }
                : Subject.None;
        }

        return Subject.None;
    }

    /// <summary>
    /// A speech verb that can lead into a quote: not negated ("didn't answer"), not an infinitive ("wait for Naruto to
    /// reply") unless after began/started, and a thought or beat verb only right before the quote ("he chuckled, "…"").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPreTagVerb(ParagraphAnalysis a, int v, int start, int end)
    {
        var word = a.Word(v);
        var adjacent = v == end - 1;
        if (word.Equals("went", StringComparison.OrdinalIgnoreCase))
        {
            return v + 1 < end && a.Word(v + 1).Equals("on", StringComparison.OrdinalIgnoreCase);
        }

        // "Kabuto laughed at Naruto." / "he chuckled,": a laugh or smile leads into a quote only when it ends the sentence.
        if (!Lexicon.IsSpeechVerb(word) && !(end - v - 1 <= 3 && Lexicon.IsBeatVerb(word)))
        {
            return false;
        }

        if (Lexicon.IsThoughtVerb(word) && !adjacent)
        {
            return false;
        }

        for (var j = v - 1; j >= start && j >= v - 3; j--)
        {
            if (!a.Tokens[j].IsWord)
            {
                break;
            }

            var before = a.Word(j);
            if (before.Equals("not", StringComparison.OrdinalIgnoreCase) || before.Equals("never", StringComparison.OrdinalIgnoreCase) ||
                before.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || before.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (j == v - 1 && before.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var verb = j - 1 >= start && a.Tokens[j - 1].IsWord ? a.Word(j - 1) : default;
                return verb.StartsWith("began", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("start", StringComparison.OrdinalIgnoreCase) ||
                       verb.StartsWith("begin", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("continue", StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the quote starting at token <paramref name="quoteStart"/> sits inside a sentence as a noun: after a
    /// determiner or preposition ("a "thump"", "hiss of, "idiot"").
    /// </summary>
    public static bool EmbeddedQuote(ParagraphAnalysis a, int quoteStart, int from)
    {
        var j = quoteStart - 1;
        while (j >= from && a.Tokens[j].Kind == Text.TokenKind.Punctuation && a.IsPunct(j, ','))
        {
            j--;
        }

        if (j < from || !a.Tokens[j].IsWord)
        {
            return false;
        }

        var word = a.Word(j);
        return word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("word", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("sickening", StringComparison.OrdinalIgnoreCase) || Lexicon.IsPreposition(word);
    }

    /// <summary>An action beat: the last sentence of [from, to) starts with a character's name followed by a verb.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Subject Beat(ParagraphAnalysis a, int from, int to)
    {
        var end = to;
        while (end > from && a.Tokens[end - 1].Kind == Text.TokenKind.Punctuation)
        {
            end--;
        }

        var start = SentenceStart(a, from, end);
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

        if (start >= end || EmbeddedQuote(a, to, from))
        {
            return Subject.None;
        }

        // "I sat down across from her.": the narrator acts (the sentence must name nobody else as a possible subject).
        if (a.IsNarratorI(start))
        {
            for (var j = start + 1; j < end; j++)
            {
                if (a.Tokens[j].IsWord && (Lexicon.SubjectPronoun(a.Word(j)) != Gender.Unknown || (a.MentionAt[j] >= 0 && !a.Mentions[a.MentionAt[j]].Possessive &&
                    !(a.Tokens[j - 1].IsWord && (Lexicon.IsPreposition(a.Word(j - 1)) || IsObjectVerb(a.Word(j - 1)))))))
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
                !(a.Tokens[j - 1].IsWord && (Lexicon.IsPreposition(a.Word(j - 1)) || IsObjectVerb(a.Word(j - 1)))))
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

    /// <summary>The first token of the sentence that ends at <paramref name="end"/>, not before <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SentenceStart(ParagraphAnalysis a, int from, int end)
    {
        for (var i = end - 1; i >= from; i--)
        {
            if (a.IsSentenceEnd(i) || a.IsPunct(i, ';'))
            {
                return i + 1;
            }
        }

        return from;
    }

    private static bool IsConnective(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("so", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("finally", StringComparison.OrdinalIgnoreCase) || word.Equals("suddenly", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("meanwhile", StringComparison.OrdinalIgnoreCase) || word.Equals("now", StringComparison.OrdinalIgnoreCase);

    internal static Subject Finish(ParagraphAnalysis a, Subject subject, int verb, bool beat, int next, int limit)
    {
        var end = next;
        while (end < limit && !a.IsSentenceEnd(end))
        {
            end++;
        }

        var kind = Lexicon.IsThoughtVerb(a.Word(verb)) ? DialogueKind.Thought : DialogueKind.Speech;
        return subject with { DialogueKind = kind, BeatVerb = beat, EndToken = Math.Min(limit, end + 1) };
    }

    private static bool IsTagVerb(ParagraphAnalysis a, int i, bool allowBeat, out bool beat)
    {
        var word = a.Word(i);
        beat = false;
        if (Lexicon.IsSpeechVerb(word))
        {
            return true;
        }

        beat = allowBeat && Lexicon.IsBeatVerb(word);
        return beat;
    }

    internal static int SkipAdverbs(ParagraphAnalysis a, int i, int limit)
    {
        var skipped = 0;
        while (i < limit && skipped < MaxAdverbs && a.Tokens[i].IsWord && Lexicon.IsAdverb(a.Word(i)) && a.MentionAt[i] < 0)
        {
            i++;
            skipped++;
        }

        return i;
    }

    /// <summary>A name, he/she, or a determiner phrase ("the other", "a drunk villager") starting at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Subject SubjectAt(ParagraphAnalysis a, int i, int limit, NameMatcher matcher, bool verbFirst, out int next)
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

            if (!verbFirst && (Lexicon.IsSpeechVerb(w) || Lexicon.IsBeatVerb(w)))
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
    private static Subject SubjectBefore(ParagraphAnalysis a, int start, int verb)
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
            if (j > start && a.Tokens[j - 1].IsWord && (Lexicon.IsPreposition(a.Word(j - 1)) || IsObjectVerb(a.Word(j - 1))) && !followedByWho)
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

    /// <summary>A clause of its own after the verb: and/but/while/then, a name or a subject pronoun, then a word ("and Kiba pointed").</summary>
    private static bool SecondSubjectAfter(ParagraphAnalysis a, int from, int end)
    {
        for (var j = from; j < end; j++)
        {
            if (!a.Tokens[j].IsWord || !IsClauseJoin(a.Word(j)) || j + 1 >= end || !a.Tokens[j + 1].IsWord)
            {
                continue;
            }

            var next = j + 1;
            var length = Lexicon.SubjectPronoun(a.Word(next)) != Gender.Unknown ? 1
                : a.MentionAt[next] is var m and >= 0 && !a.Mentions[m].Possessive && !a.Mentions[m].InQuote ? a.Mentions[m].Length : 0;
            if (length > 0 && next + length < end && a.Tokens[next + length].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseJoin(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("while", StringComparison.OrdinalIgnoreCase) || word.Equals("then", StringComparison.OrdinalIgnoreCase);

    private static bool OtherGenderPronoun(ReadOnlySpan<char> word, Gender gender) => gender == Gender.Male
        ? word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase)
        : word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase);

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

    // Verbs that take the following name as their object: "told Naruto", "asked Sakura" are not subjects.
    private static bool IsObjectVerb(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Lexicon.IsSpeechVerb(word) ||
        word.Equals("saw", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("let", StringComparison.OrdinalIgnoreCase) || word.Equals("made", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("hit", StringComparison.OrdinalIgnoreCase);
}
