using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>The sieves, run over one chapter. See <see cref="SpeakerAttributor"/>.</summary>
internal sealed class ChapterAttributor
{
    private readonly ParsedChapter _chapter;
    private readonly IReadOnlyList<Character> _characters;
    private readonly NameMatcher _matcher;
    private readonly bool _singleQuotesAreThoughts;
    private readonly int _quoteCount;
    private ParagraphAnalysis? _earlier;
    private ParagraphAnalysis? _lastSpeakerParagraph;
    private int _lastSpeakerQuote = -1;
    private int _narrator = -1;
    private readonly Dictionary<string, int> _ranks;
    private readonly IReadOnlyList<Character> _turnCharacters;

    public ChapterAttributor(ParsedChapter chapter, CharacterList characters)
    {
        _chapter = chapter;
        _characters = characters.Characters;
        _matcher = characters.Matcher;
        int singles = 0, doubles = 0;
        foreach (var scene in chapter.Scenes)
        {
            foreach (var paragraph in scene.Paragraphs)
            {
                var quotes = paragraph.Quotes;
                for (var q = 0; q < quotes.Count; q++)
                {
                    if (quotes[q].Style is QuoteStyle.StraightSingle or QuoteStyle.CurlySingle)
                    {
                        singles++;
                    }
                    else
                    {
                        doubles++;
                    }
                }
            }
        }

        _singleQuotesAreThoughts = singles < doubles;
        _narrator = Narrator.Find(chapter, _matcher);
        _ranks = TitleEpithets.Build(_characters);

        // Turn-taking reads he/she against the pair's genders: the narrator is "I", never he or she.
        _turnCharacters = _narrator < 0
            ? _characters
            : [.. _characters.Select((c, i) => i == _narrator ? c with { Gender = Gender.Unknown } : c)];
        _quoteCount = singles + doubles;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<AttributedLine> Run()
    {
        var lines = new List<AttributedLine>(_quoteCount);
        foreach (var scene in _chapter.Scenes)
        {
            ParagraphAnalysis? previous = null;
            _earlier = null;
            _lastSpeakerParagraph = null;
            var turns = new List<TurnRecord>();
            foreach (var paragraph in scene.Paragraphs)
            {
                var analysis = new ParagraphAnalysis(_chapter.Text, paragraph, _matcher, AnalysisBuffers.Rent(), _narrator);
                for (var q = 0; q < analysis.QuoteCount; q++)
                {
                    Decide(analysis, previous, q);
                }

                // The narration right before a quote paragraph says who is on the scene for the turn-taking pass: read it
                // (most are read by a sieve already; only the paragraph next to a quote, so narration far from dialogue stays unread).
                if (analysis.QuoteCount > 0 && previous is { QuoteCount: 0, IsAnalyzed: false })
                {
                    _ = previous.Tokens;
                }

                turns.Add(TurnRecord.From(analysis, lines.Count));
                foreach (var line in analysis.Lines)
                {
                    lines.Add(line!);
                }

                // The paragraph before the previous one falls out of the window: its buffers are free again. A narration
                // paragraph a sieve has read by now names its people for the turn-taking pass.
                if (_earlier is not null)
                {
                    var record = turns.Count - 3;
                    if (record >= 0 && turns[record].IsNarration && _earlier.IsAnalyzed)
                    {
                        turns[record] = turns[record] with { People = _earlier.People(), Described = _earlier.DescribedGenders(), Named = _earlier.Named(), Read = true };
                    }

                    AnalysisBuffers.Return(_earlier.Buffers);
                }

                (_earlier, previous) = (previous, analysis);
            }

            // The last two paragraphs are still open: a narration paragraph a sieve read names its people too.
            foreach (var (analysis, record) in (ReadOnlySpan<(ParagraphAnalysis?, int)>)[(_earlier, turns.Count - 2), (previous, turns.Count - 1)])
            {
                if (analysis is not null && record >= 0 && turns[record].IsNarration && analysis.IsAnalyzed)
                {
                    turns[record] = turns[record] with { People = analysis.People(), Described = analysis.DescribedGenders(), Named = analysis.Named(), Read = true };
                }
            }

            TurnChains.Apply(turns, lines, _turnCharacters);

            // The scene is done: nothing looks back at its last two paragraphs any more.
            _lastSpeakerParagraph = null;
            if (_earlier is not null)
            {
                AnalysisBuffers.Return(_earlier.Buffers);
            }

            if (previous is not null)
            {
                AnalysisBuffers.Return(previous.Buffers);
            }

            _earlier = null;
        }

        return lines;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decide(ParagraphAnalysis a, ParagraphAnalysis? previous, int q)
    {
        var quote = a.Paragraph.Quotes[q];
        var defaultKind = _singleQuotesAreThoughts && quote.Style is QuoteStyle.StraightSingle or QuoteStyle.CurlySingle
            ? DialogueKind.Thought
            : DialogueKind.Speech;
        var consumedFrom = q == 0 ? 0 : Math.Max(a.TagEnd[q - 1], a.QuoteEnd[q - 1]);
        a.TagEnd[q] = a.QuoteEnd[q];

        // 1. A tag right after the quote: "…," said Lee / "…" Naruto asked.
        var content = quote.Text.AsSpan().TrimEnd();
        var allowBeat = content.Length > 0 && content[^1] is ',' or '!' or '?' or '-' or '\u2014' or '\u2026';
        var tag = TagParser.PostTag(a, q, _matcher, allowBeat);
        if (tag.Found)
        {
            a.TagEnd[q] = tag.EndToken;
        }
        else
        {
            // 2. A tag leading into it: Naruto stood his ground and said, "…".
            tag = TagParser.PreTag(a, consumedFrom, a.QuoteStart[q], out _);
        }

        var kind = tag.Found && tag.DialogueKind == DialogueKind.Thought ? DialogueKind.Thought : defaultKind;
        switch (tag.Kind)
        {
            case SubjectKind.Character:
                var confidence = Vocatives.Addresses(a, q, tag.Character) ? Confidence.AddressedSpeaker
                    : tag.BeatVerb ? Confidence.NamedBeatTag : Confidence.NamedTag;
                Set(a, q, kind, tag.Character, confidence, Sieves.NamedTag);
                return;
            case SubjectKind.Ambiguous:
                Abstain(a, q, kind);
                return;
            case SubjectKind.Mention:
                var ranked = TitleEpithets.Resolve(_chapter.Text.AsSpan(tag.MentionStart, tag.MentionEnd - tag.MentionStart), _ranks);
                if (ranked >= 0)
                {
                    Set(a, q, kind, ranked, Vocatives.Addresses(a, q, ranked) ? Confidence.AddressedSpeaker : Confidence.TitleTag, Sieves.NamedTag);
                    return;
                }

                a.Lines[q] = new AttributedLine(quote, a.Paragraph.Index, kind, null, Confidence.Mention,
                    _chapter.Text[tag.MentionStart..tag.MentionEnd], Sieves.Mention);
                return;
            case SubjectKind.Pronoun:
                if (!ResolvePronoun(a, previous, q, tag, consumedFrom, kind))
                {
                    Abstain(a, q, kind);
                    a.UnresolvedPronouns |= GenderBits.Of(tag.Pronoun);
                }

                return;
            default:
                break;
        }

        // 3. The second half of an interrupted quote: "He did it," Tsunade whispered. "He really did it."
        if (q > 0 && a.Speakers[q - 1] >= 0 && consumedFrom >= a.QuoteStart[q] && a.TagEnd[q - 1] > a.QuoteEnd[q - 1])
        {
            SetUnlessAddressed(a, q, kind, a.Speakers[q - 1], Math.Min(Confidence.Continuation, a.Lines[q - 1]!.Confidence), Sieves.Continuation);
            return;
        }

        var opensParagraph = q == 0 && a.QuoteStart[0] == 0;
        if (opensParagraph && previous is not null)
        {
            // 4. A speech left open at the end of the previous paragraph continues here.
            var last = previous.QuoteCount - 1;
            if (last >= 0 && previous.QuoteEnd[last] >= previous.Tokens.Count && IsUnclosed(previous.Paragraph.Quotes[last]))
            {
                if (previous.Speakers[last] >= 0)
                {
                    SetUnlessAddressed(a, q, kind, previous.Speakers[last], Math.Min(Confidence.MultiParagraph, previous.Lines[last]!.Confidence), Sieves.MultiParagraph);
                }
                else
                {
                    Abstain(a, q, kind);
                }

                return;
            }

            // 5. The previous paragraph ends in a tag: He opened his eyes and said clear into the room,
            var from = last >= 0 ? Math.Max(previous.TagEnd[last], previous.QuoteEnd[last]) : 0;
            if (from < previous.Tokens.Count)
            {
                var lead = TagParser.PreTag(previous, from, previous.Tokens.Count, out var fullStop);
                var leadKind = lead.Found && lead.DialogueKind == DialogueKind.Thought ? DialogueKind.Thought : kind;
                if (lead.Kind == SubjectKind.Character)
                {
                    SetUnlessAddressed(a, q, leadKind, lead.Character, fullStop ? Confidence.ParagraphTagAfterFullStop : Confidence.ParagraphTagName, Sieves.ParagraphTag);
                    return;
                }

                if (lead.Kind == SubjectKind.Pronoun)
                {
                    var resolved = InPlay(previous, previous.Tokens.Count, lead.Pronoun, _earlier, null);
                    if (resolved < 0)
                    {
                        resolved = LastSpeaker(previous, previous.Tokens.Count, lead.Pronoun, _earlier);
                    }

                    if (resolved >= 0)
                    {
                        SetUnlessAddressed(a, q, leadKind, resolved, Confidence.PronounInPlay, Sieves.PronounTag);
                    }
                    else
                    {
                        Abstain(a, q, leadKind);
                        a.UnresolvedPronouns |= GenderBits.Of(lead.Pronoun);
                    }

                    return;
                }

                if (lead.Kind is SubjectKind.Mention or SubjectKind.Ambiguous)
                {
                    Abstain(a, q, leadKind);
                    return;
                }
            }
        }

        // 6. An action beat: Neji tapped Naruto on the shoulder to gain his attention. "Their headed this way…"
        if (consumedFrom < a.QuoteStart[q])
        {
            var beat = TagParser.Beat(a, consumedFrom, a.QuoteStart[q]);
            if (beat.Kind == SubjectKind.Character)
            {
                SetUnlessAddressed(a, q, kind, beat.Character, Confidence.ActionBeat, Sieves.ActionBeat);
                return;
            }

            // "He did it," Tsunade whispered. … she slipped the gem over his hair. "Congratulations, kid."
            if (beat.Kind == SubjectKind.Pronoun && q > 0 && a.Speakers[q - 1] >= 0 && _characters[a.Speakers[q - 1]].Gender == beat.Pronoun &&
                !OtherOfGenderBetween(a, a.QuoteEnd[q - 1], beat.Token, beat.Pronoun, a.Speakers[q - 1]))
            {
                SetUnlessAddressed(a, q, kind, a.Speakers[q - 1], Confidence.ActionBeat, Sieves.ActionBeat);
                return;
            }

            // Ino sighed. … She decided she would go see her right away. "Alright Shikamaru …": the only woman in play.
            if (beat.Kind == SubjectKind.Pronoun)
            {
                var resolved = InPlay(a, beat.Token, beat.Pronoun, previous, _earlier);
                if (resolved >= 0)
                {
                    SetUnlessAddressed(a, q, kind, resolved, Confidence.PronounBeat, Sieves.ActionBeat);
                    return;
                }

                a.BeatPronouns |= GenderBits.Of(beat.Pronoun);
            }
        }

        // 7. A narration paragraph whose last sentence has a character as subject, then a quote that opens the next:
        // Naruto stared at Sasuke as if he had grown another head. / "Teme what are you talking about …"
        if (opensParagraph && previous is not null && previous.QuoteCount == 0 && previous.Tokens.Count > 0)
        {
            var beat = TagParser.Beat(previous, 0, previous.Tokens.Count);
            if (beat.Kind == SubjectKind.Character)
            {
                SetUnlessAddressed(a, q, kind, beat.Character, Confidence.ParagraphBeat, Sieves.ActionBeat);
                return;
            }

            if (beat.Kind == SubjectKind.Pronoun)
            {
                a.BeatPronouns |= GenderBits.Of(beat.Pronoun); // "She watched him light one." / "Are you …": she, if the pair has one woman
            }
        }

        // 8. A paragraph that opens with the quote and goes on with its speaker's action: "Oh Hinata, …" Naruto looked out…
        if (opensParagraph && q + 1 >= a.QuoteCount)
        {
            var after = TagParser.BeatAfter(a, q);
            if (after.Kind == SubjectKind.Character)
            {
                SetUnlessAddressed(a, q, kind, after.Character, Confidence.ParagraphBeat, Sieves.ActionBeat);
                return;
            }
        }

        // 9. The reply to a line that addressed someone: "She's right, Sakura," Naruto said. / "You won't be …"
        if (opensParagraph && previous is not null && previous.QuoteCount > 0)
        {
            var last = previous.QuoteCount - 1;
            var addressee = Vocatives.SingleAddressee(previous);
            var trailing = Math.Max(previous.TagEnd[last], previous.QuoteEnd[last]);
            if (addressee >= 0 && previous.Speakers[last] >= 0 && previous.Speakers[last] != addressee && trailing >= previous.Tokens.Count &&
                previous.Lines[last]!.Confidence >= Confidence.PronounInPlay)
            {
                SetUnlessAddressed(a, q, kind, addressee, Confidence.Addressee, Sieves.Addressee);
                return;
            }
        }

        Abstain(a, q, kind);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ResolvePronoun(ParagraphAnalysis a, ParagraphAnalysis? previous, int q, Subject tag, int consumedFrom, DialogueKind kind)
    {
        // The last speaker in this paragraph, when no other character of that gender is named since.
        for (var p = q - 1; p >= 0; p--)
        {
            var speaker = a.Speakers[p];
            if (speaker < 0)
            {
                continue;
            }

            if (speaker != _narrator && _characters[speaker].Gender == tag.Pronoun && !OtherOfGenderBetween(a, a.QuoteEnd[p], tag.Token, tag.Pronoun, speaker) &&
                !Vocatives.Addresses(a, q, speaker))
            {
                Set(a, q, kind, speaker, Confidence.PronounPreviousSpeaker, Sieves.PronounTag);
                return true;
            }

            break;
        }

        // The subject of the sentence before the quote: Kabuto started chuckling. "…?" he asked.
        if (consumedFrom < a.QuoteStart[q])
        {
            var beat = TagParser.Beat(a, consumedFrom, a.QuoteStart[q]);
            if (beat.Kind == SubjectKind.Character && beat.Character != _narrator && _characters[beat.Character].Gender == tag.Pronoun && !Vocatives.Addresses(a, q, beat.Character))
            {
                Set(a, q, kind, beat.Character, Confidence.PronounInPlay, Sieves.PronounTag);
                return true;
            }
        }

        var resolved = InPlay(a, tag.Token, tag.Pronoun, previous, _earlier);
        if (resolved < 0)
        {
            resolved = LastSpeaker(a, tag.Token, tag.Pronoun, previous);
        }

        if (resolved >= 0 && !Vocatives.Addresses(a, q, resolved))
        {
            Set(a, q, kind, resolved, Confidence.PronounInPlay, Sieves.PronounTag);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The last speaker, when of <paramref name="gender"/>, spoke in this or one of the two paragraphs before, and no
    /// other character who could be "he"/"she" is named in the narration since: "He paused … He went on,".
    /// </summary>
    private int LastSpeaker(ParagraphAnalysis a, int beforeToken, Gender gender, ParagraphAnalysis? previous)
    {
        var paragraph = _lastSpeakerParagraph;
        if (paragraph is null || (paragraph != a && paragraph != previous && paragraph != _earlier))
        {
            return -1;
        }

        var speaker = paragraph.Speakers[_lastSpeakerQuote];
        if (speaker < 0 || speaker == _narrator || _characters[speaker].Gender != gender)
        {
            return -1;
        }

        var from = paragraph.QuoteEnd[_lastSpeakerQuote];
        foreach (var candidate in (ReadOnlySpan<ParagraphAnalysis?>)[_earlier, previous, a])
        {
            if (candidate is null || (candidate != paragraph && candidate.Paragraph.Index < paragraph.Paragraph.Index))
            {
                continue;
            }

            var start = candidate == paragraph ? from : 0;
            var end = candidate == a ? beforeToken : candidate.Tokens.Count;
            if (OtherOfGenderBetween(candidate, start, end, gender, speaker))
            {
                return -1;
            }
        }

        return speaker;
    }

    /// <summary>
    /// The single character of <paramref name="gender"/> in play: named in the narration of this paragraph before
    /// <paramref name="beforeToken"/> or of the two paragraphs before, or speaking there. Names inside quotes are people
    /// talked about, who may not be there: they can make the pronoun ambiguous but never resolve it. -1 when none,
    /// several, or someone of unknown gender is in play.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int InPlay(ParagraphAnalysis a, int beforeToken, Gender gender, ParagraphAnalysis? previous, ParagraphAnalysis? earlier)
    {
        var found = -1;
        foreach (var pass in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var paragraph in (ReadOnlySpan<ParagraphAnalysis?>)[a, previous, earlier])
            {
                if (paragraph is null)
                {
                    continue;
                }

                foreach (var mention in paragraph.Mentions)
                {
                    if (paragraph == a && mention.Token >= beforeToken)
                    {
                        break;
                    }

                    if (mention.InQuote != pass)
                    {
                        continue;
                    }

                    if (pass ? Blocks(mention.Character, gender, found) : !Consider(mention.Character, gender, ref found))
                    {
                        return -1;
                    }
                }

                // "The boy caught it": someone unnamed of that gender is there too.
                if (!pass && DescribedBefore(paragraph, paragraph == a ? beforeToken : int.MaxValue, gender))
                {
                    return -1;
                }

                if (!pass && paragraph != a)
                {
                    foreach (var speaker in paragraph.Speakers)
                    {
                        if (speaker >= 0 && !Consider(speaker, gender, ref found))
                        {
                            return -1;
                        }
                    }
                }
            }
        }

        return found;
    }

    // The first-person narrator is "I" in the narration, never he or she.
    private bool Blocks(int character, Gender gender, int found) =>
        (character < 0 || character != _narrator) && (character < 0 || (character != found && _characters[character].Gender is var g && (g == gender || g == Gender.Unknown)));

    private bool Consider(int character, Gender gender, ref int found)
    {
        if (character < 0)
        {
            return false; // an ambiguous name could be anyone
        }

        if (character == _narrator)
        {
            return true;
        }

        var g = _characters[character].Gender;
        if (g == Gender.Unknown)
        {
            return false;
        }

        if (g != gender || character == found)
        {
            return true;
        }

        if (found >= 0)
        {
            return false;
        }

        found = character;
        return true;
    }

    private static bool DescribedBefore(ParagraphAnalysis paragraph, int beforeToken, Gender gender)
    {
        foreach (var (token, g) in paragraph.Descriptions)
        {
            if (token < beforeToken && (g == gender || g == Gender.Unknown))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool OtherOfGenderBetween(ParagraphAnalysis a, int from, int to, Gender gender, int speaker)
    {
        foreach (var (token, g) in a.Descriptions)
        {
            if (token >= from && token < to && (g == gender || g == Gender.Unknown))
            {
                return true;
            }
        }

        foreach (var mention in a.Mentions)
        {
            if (mention.Token < from || mention.Token >= to || mention.InQuote || mention.Character == speaker)
            {
                continue;
            }

            if (mention.Character < 0 || _characters[mention.Character].Gender is var g && (g == gender || g == Gender.Unknown))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnclosed(QuoteSpan quote) => quote.Range.Length == quote.Text.Length + 1;

    private void SetUnlessAddressed(ParagraphAnalysis a, int q, DialogueKind kind, int speaker, double confidence, string sieve)
    {
        if (Vocatives.Addresses(a, q, speaker))
        {
            Abstain(a, q, kind);
            return;
        }

        Set(a, q, kind, speaker, confidence, sieve);
    }

    private void Set(ParagraphAnalysis a, int q, DialogueKind kind, int speaker, double confidence, string sieve)
    {
        a.Speakers[q] = speaker;
        _lastSpeakerParagraph = a;
        _lastSpeakerQuote = q;
        a.Lines[q] = new AttributedLine(a.Paragraph.Quotes[q], a.Paragraph.Index, kind, _characters[speaker].Name, confidence, null, sieve);
    }

    private static void Abstain(ParagraphAnalysis a, int q, DialogueKind kind)
    {
        a.Speakers[q] = -1;
        a.Lines[q] = new AttributedLine(a.Paragraph.Quotes[q], a.Paragraph.Index, kind, null, 0, null, null);
    }

}
