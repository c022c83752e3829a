using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Reads speech tags around a quote: "…," said Lee / "…" Naruto asked / Naruto stood up and said, "…". The subject of a
/// tag is read by <see cref="TagSubjects"/>; action beats by <see cref="BeatParser"/>.
/// </summary>
internal static class TagParser
{
    private const int MaxAdverbs = 2;
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

        var softEnd = SoftEnd(a.Paragraph.Quotes[q].Text);
        var verbLength = IsTagVerb(a, i, allowBeat, out var beat) ? 1 : PostOnlyVerb(a, i, limit);
        if (verbLength > 0)
        {
            var j = SkipAdverbs(a, i + verbLength, limit);
            var subject = TagSubjects.SubjectAt(a, j, limit, matcher, verbFirst: true, out var next);
            if (!subject.Found && allowBeat && verbLength == 1 && !beat)
            {
                subject = UnlistedTagNames.AfterVerb(a, j, limit); // "…," said June: someone the list does not hold
                next = subject.Found ? subject.EndToken : next;
            }

            if (subject.Found && (verbLength == 1 && !Lexicon.IsPostTagVerb(a.Word(i)) || softEnd || next >= limit || !a.Tokens[next].IsWord))
            {
                return Finish(a, subject, i, beat, next, limit);
            }
        }

        var first = TagSubjects.SubjectAt(a, i, limit, matcher, verbFirst: false, out var after);
        if (!first.Found && a.Tokens[i].Length == 1 && a.Text[a.Tokens[i].Start] == 'I')
        {
            return PerceptionTag.Heard(a, first, i + 1, limit, matcher); // "…," I heard Theo say (no narrator known)
        }

        if (!first.Found && allowBeat && UnlistedTagNames.BeforeVerb(a, i, limit, out var verb) is { Found: true } unlisted)
        {
            return Finish(a, unlisted, verb, false, verb + 1, limit); // "…," June said: someone the list does not hold
        }

        if (!first.Found || (Lexicon.IsDeterminer(a.Word(i)) && !allowBeat && char.IsUpper(a.Text[a.Tokens[i].Start])))
        {
            return Subject.None; // "…!" The attack connected and Kabuto screamed: a new sentence, not a tag
        }

        // "You okay?" Theo, from the floor.: the speaker and where they are, the verb left out.
        if (first.Kind == SubjectKind.Character && FragmentTags.After(a, after, limit, out var stop))
        {
            return first with { DialogueKind = DialogueKind.Speech, BeatVerb = true, EndToken = stop + 1 };
        }

        var v = SkipAdverbs(a, after, limit);
        if (v >= limit)
        {
            return Subject.None;
        }

        var length = IsTagVerb(a, v, allowBeat, out beat) ? 1 : PostOnlyVerb(a, v, limit);
        if (length == 0)
        {
            return PerceptionTag.Heard(a, first, v, limit, matcher); // "…," I heard Theo say: Theo's
        }

        // "…," the Archdeacon returned / "…?" he went on. — but "…!" He returned to the window: a new sentence.
        var afterVerb = SkipAdverbs(a, v + length, limit);
        if ((length == 2 || Lexicon.IsPostTagVerb(a.Word(v))) && !softEnd && afterVerb < limit && a.Tokens[afterVerb].IsWord)
        {
            return Subject.None;
        }

        var tag = Finish(a, first, v, beat, v + length, limit);

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
        if (to > from && to < a.Tokens.Count && TagSentences.EmbeddedQuote(a, to, from))
        {
            return Subject.None;
        }

        var start = TagSentences.SentenceStart(a, from, end);
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
            if (TagClauses.SecondSubjectAfter(a, v + 1, end))
            {
                return Subject.None;
            }

            var subject = TagSubjects.SubjectBefore(a, start, v);
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

    internal static Subject Finish(ParagraphAnalysis a, Subject subject, int verb, bool beat, int next, int limit)
    {
        var end = next;
        while (end < limit && !a.IsSentenceEnd(end))
        {
            end++;
        }

        // "…," said Lily, and Marcus said, "Tacos,": a tag running into the next quote ends where a second speaker's begins.
        var stop = end >= limit ? TagClauses.SecondTagStart(a, next, limit) : -1;
        var kind = Lexicon.IsThoughtVerb(a.Word(verb)) ? DialogueKind.Thought : DialogueKind.Speech;
        return subject with { DialogueKind = kind, BeatVerb = beat, EndToken = stop >= 0 ? stop : Math.Min(limit, end + 1) };
    }

    /// <summary>
    /// The length of a verb that tags only right after a quote: <c>returned</c>, <c>rejoined</c>, <c>went on</c> (1 or 2
    /// tokens), or 0. Elsewhere they are ordinary verbs ("he returned to the house", "she went on with her work").
    /// </summary>
    private static int PostOnlyVerb(ParagraphAnalysis a, int i, int limit)
    {
        var word = a.Word(i);
        if (word.Equals("went", StringComparison.OrdinalIgnoreCase) || word.Equals("goes", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < limit && a.Tokens[i + 1].IsWord && a.Word(i + 1).Equals("on", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        }

        return Lexicon.IsPostTagVerb(word) ? 1 : 0;
    }

    /// <summary>A quote that ends mid-sentence (<c>,</c> <c>—</c> <c>…</c>): what follows is its tag, not a new sentence.</summary>
    private static bool SoftEnd(string quote)
    {
        var content = quote.AsSpan().TrimEnd();
        return content.Length > 0 && content[^1] is ',' or '-' or '\u2014' or '\u2013' or '\u2026';
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
}
