using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// The sieves for one quote, most precise first (see <see cref="Sieves"/>): a tag after or before it, the second half of
/// an interrupted quote, a speech or tag carried over from the previous paragraph, action beats, the reply to an
/// addressed name. The first that decides wins; otherwise the quote is left without a speaker.
/// </summary>
internal sealed class QuoteSieves(ChapterContext context)
{
    private readonly ChapterContext _c = context;
    private readonly PronounResolver _pronouns = new(context);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decide(ParagraphAnalysis a, ParagraphAnalysis? previous, int q)
    {
        var quote = a.Paragraph.Quotes[q];
        var defaultKind = _c.SingleQuotesAreThoughts && quote.Style is QuoteStyle.StraightSingle or QuoteStyle.CurlySingle
            ? DialogueKind.Thought
            : DialogueKind.Speech;
        var consumedFrom = q == 0 ? 0 : Math.Max(a.TagEnd[q - 1], a.QuoteEnd[q - 1]);
        a.TagEnd[q] = a.QuoteEnd[q];

        // 0. A term, not speech: what he called "the good rake", the word "please" (no closing punctuation inside).
        var content = quote.Text.AsSpan().TrimEnd();
        var before = a.QuoteStart[q] - 1;
        if (before >= 0 && content.Length > 0 && char.IsLetterOrDigit(content[^1]) && a.Tokens[before].IsWord && Lexicon.IsNamingWord(a.Word(before)))
        {
            ChapterContext.Abstain(a, q, defaultKind);
            return;
        }

        // 1. A tag right after the quote: "…," said Lee / "…" Naruto asked.
        var allowBeat = content.Length > 0 && content[^1] is ',' or '!' or '?' or '-' or '\u2014' or '\u2026';
        var tag = TagParser.PostTag(a, q, _c.Matcher, allowBeat);
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
                // "said the Archdeacon": a rank for a name is as sure as it was before ranks were names (TitleTag).
                var rank = tag.Token < a.Tokens.Count && a.MentionAt[tag.Token] is var mi and >= 0 && a.Mentions[mi].Rank;
                var confidence = Vocatives.Addresses(a, q, tag.Character) ? Confidence.AddressedSpeaker
                    : tag.BeatVerb ? Confidence.NamedBeatTag : rank ? Confidence.TitleTag : Confidence.NamedTag;
                _c.Set(a, q, kind, tag.Character, confidence, Sieves.NamedTag);
                return;
            case SubjectKind.Ambiguous:
                ChapterContext.Abstain(a, q, kind);
                return;
            case SubjectKind.Mention or SubjectKind.UnlistedName:
                var ranked = TitleEpithets.Resolve(_c.Chapter.Text.AsSpan(tag.MentionStart, tag.MentionEnd - tag.MentionStart), _c.Ranks);
                if (ranked >= 0)
                {
                    _c.Set(a, q, kind, ranked, Vocatives.Addresses(a, q, ranked) ? Confidence.AddressedSpeaker : Confidence.TitleTag, Sieves.NamedTag);
                    return;
                }

                // "said a drunk villager" is sure to be nobody listed (0.9); "June said" only as sure as the list is complete.
                a.Lines[q] = new AttributedLine(quote, a.Paragraph.Index, kind, null, tag.Kind == SubjectKind.UnlistedName ? 0 : Confidence.Mention,
                    _c.Chapter.Text[tag.MentionStart..tag.MentionEnd], Sieves.Mention);
                return;
            case SubjectKind.Pronoun:
                if (!_pronouns.Resolve(a, previous, q, tag, consumedFrom, kind))
                {
                    ChapterContext.Abstain(a, q, kind);
                    a.UnresolvedPronouns |= GenderBits.Of(tag.Pronoun);
                }

                return;
            default:
                break;
        }

        // 3. The second half of an interrupted quote: "He did it," Tsunade whispered. "He really did it."
        if (q > 0 && a.Speakers[q - 1] >= 0 && consumedFrom >= a.QuoteStart[q] && a.TagEnd[q - 1] > a.QuoteEnd[q - 1])
        {
            _c.SetUnlessAddressed(a, q, kind, a.Speakers[q - 1], Math.Min(Confidence.Continuation, a.Lines[q - 1]!.Confidence), Sieves.Continuation);
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
                    _c.SetUnlessAddressed(a, q, kind, previous.Speakers[last], Math.Min(Confidence.MultiParagraph, previous.Lines[last]!.Confidence), Sieves.MultiParagraph);
                }
                else
                {
                    ChapterContext.Abstain(a, q, kind);
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
                    _c.SetUnlessAddressed(a, q, leadKind, lead.Character, fullStop ? Confidence.ParagraphTagAfterFullStop : Confidence.ParagraphTagName, Sieves.ParagraphTag);
                    return;
                }

                if (lead.Kind == SubjectKind.Pronoun)
                {
                    var resolved = _pronouns.InPlay(previous, previous.Tokens.Count, lead.Pronoun, _c.Earlier, null);
                    if (resolved < 0)
                    {
                        resolved = _pronouns.LastSpeaker(previous, previous.Tokens.Count, lead.Pronoun, _c.Earlier);
                    }

                    if (resolved >= 0)
                    {
                        _c.SetUnlessAddressed(a, q, leadKind, resolved, Confidence.PronounInPlay, Sieves.PronounTag);
                    }
                    else
                    {
                        ChapterContext.Abstain(a, q, leadKind);
                        a.UnresolvedPronouns |= GenderBits.Of(lead.Pronoun);
                    }

                    return;
                }

                if (lead.Kind is SubjectKind.Mention or SubjectKind.Ambiguous)
                {
                    ChapterContext.Abstain(a, q, leadKind);
                    return;
                }
            }
        }

        // 6. An action beat: Neji tapped Naruto on the shoulder to gain his attention. "Their headed this way…"
        if (consumedFrom < a.QuoteStart[q])
        {
            var beat = BeatParser.Beat(a, consumedFrom, a.QuoteStart[q]);
            if (beat.Kind == SubjectKind.Character)
            {
                _c.SetUnlessAddressed(a, q, kind, beat.Character, Confidence.ActionBeat, Sieves.ActionBeat);
                return;
            }

            // "He did it," Tsunade whispered. … she slipped the gem over his hair. "Congratulations, kid."
            if (beat.Kind == SubjectKind.Pronoun && q > 0 && a.Speakers[q - 1] >= 0 && _c.Characters[a.Speakers[q - 1]].Gender == beat.Pronoun &&
                !_pronouns.OtherOfGenderBetween(a, a.QuoteEnd[q - 1], beat.Token, beat.Pronoun, a.Speakers[q - 1]))
            {
                _c.SetUnlessAddressed(a, q, kind, a.Speakers[q - 1], Confidence.ActionBeat, Sieves.ActionBeat);
                return;
            }

            // Ino sighed. … She decided she would go see her right away. "Alright Shikamaru …": the only woman in play.
            if (beat.Kind == SubjectKind.Pronoun)
            {
                var resolved = _pronouns.InPlay(a, beat.Token, beat.Pronoun, previous, _c.Earlier);
                if (resolved >= 0)
                {
                    _c.SetUnlessAddressed(a, q, kind, resolved, Confidence.PronounBeat, Sieves.ActionBeat);
                    return;
                }

                a.BeatPronouns |= GenderBits.Of(beat.Pronoun);
            }
        }

        // 7. A narration paragraph whose last sentence has a character as subject, then a quote that opens the next:
        // Naruto stared at Sasuke as if he had grown another head. / "Teme what are you talking about …"
        if (opensParagraph && previous is not null && previous.QuoteCount == 0 && previous.Tokens.Count > 0)
        {
            var beat = BeatParser.Beat(previous, 0, previous.Tokens.Count);
            if (beat.Kind == SubjectKind.Character)
            {
                _c.SetUnlessAddressed(a, q, kind, beat.Character, Confidence.ParagraphBeat, Sieves.ActionBeat);
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
            var after = BeatParser.BeatAfter(a, q);
            if (after.Kind == SubjectKind.Character)
            {
                _c.SetUnlessAddressed(a, q, kind, after.Character, Confidence.ParagraphBeat, Sieves.ActionBeat);
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
                _c.SetUnlessAddressed(a, q, kind, addressee, Confidence.Addressee, Sieves.Addressee);
                return;
            }
        }

        ChapterContext.Abstain(a, q, kind);
    }

    private static bool IsUnclosed(QuoteSpan quote) => quote.Range.Length == quote.Text.Length + 1;
}
