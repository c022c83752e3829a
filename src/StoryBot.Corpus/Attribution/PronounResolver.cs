using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Who "he" or "she" is: the last speaker of that gender, the subject of the sentence before, or the one character of
/// that gender in play in this paragraph and the two before — never when someone else who could be meant is there.
/// </summary>
internal sealed class PronounResolver(ChapterContext context)
{
    private readonly ChapterContext _c = context;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Resolve(ParagraphAnalysis a, ParagraphAnalysis? previous, int q, Subject tag, int consumedFrom, DialogueKind kind)
    {
        // The last speaker in this paragraph, when no other character of that gender is named since.
        for (var p = q - 1; p >= 0; p--)
        {
            var speaker = a.Speakers[p];
            if (speaker < 0)
            {
                continue;
            }

            if (speaker != _c.Narrator && _c.Characters[speaker].Gender == tag.Pronoun && !OtherOfGenderBetween(a, a.QuoteEnd[p], tag.Token, tag.Pronoun, speaker) &&
                !Vocatives.Addresses(a, q, speaker))
            {
                _c.Set(a, q, kind, speaker, Confidence.PronounPreviousSpeaker, Sieves.PronounTag);
                return true;
            }

            break;
        }

        // The subject of the sentence before the quote: Kabuto started chuckling. "…?" he asked.
        if (consumedFrom < a.QuoteStart[q])
        {
            var beat = BeatParser.Beat(a, consumedFrom, a.QuoteStart[q]);
            if (beat.Kind == SubjectKind.Character && beat.Character != _c.Narrator && _c.Characters[beat.Character].Gender == tag.Pronoun && !Vocatives.Addresses(a, q, beat.Character))
            {
                _c.Set(a, q, kind, beat.Character, Confidence.PronounInPlay, Sieves.PronounTag);
                return true;
            }
        }

        var resolved = InPlay(a, tag.Token, tag.Pronoun, previous, _c.Earlier);
        if (resolved < 0)
        {
            resolved = LastSpeaker(a, tag.Token, tag.Pronoun, previous);
        }

        if (resolved >= 0 && !Vocatives.Addresses(a, q, resolved))
        {
            _c.Set(a, q, kind, resolved, Confidence.PronounInPlay, Sieves.PronounTag);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The last speaker, when of <paramref name="gender"/>, spoke in this or one of the two paragraphs before, and no
    /// other character who could be "he"/"she" is named in the narration since: "He paused … He went on,".
    /// </summary>
    public int LastSpeaker(ParagraphAnalysis a, int beforeToken, Gender gender, ParagraphAnalysis? previous)
    {
        var paragraph = _c.LastSpeakerParagraph;
        if (paragraph is null || (paragraph != a && paragraph != previous && paragraph != _c.Earlier))
        {
            return -1;
        }

        var speaker = paragraph.Speakers[_c.LastSpeakerQuote];
        if (speaker < 0 || speaker == _c.Narrator || _c.Characters[speaker].Gender != gender)
        {
            return -1;
        }

        var from = paragraph.QuoteEnd[_c.LastSpeakerQuote];
        foreach (var candidate in (ReadOnlySpan<ParagraphAnalysis?>)[_c.Earlier, previous, a])
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
    public int InPlay(ParagraphAnalysis a, int beforeToken, Gender gender, ParagraphAnalysis? previous, ParagraphAnalysis? earlier)
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

                    // "in Uncle Bernard's tiny hand": an owner after a preposition need not be there, like a name in a quote.
                    if ((mention.InQuote || OwnerAfterPreposition(paragraph, mention)) != pass)
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

    private static bool OwnerAfterPreposition(ParagraphAnalysis paragraph, Mention mention)
    {
        if (!mention.Possessive)
        {
            return false;
        }

        // "in Uncle Bernard's hand", "of Dr. Lowry's": a title or kin word before the name is part of it.
        var before = mention.Token - 1;
        if (before > 0 && paragraph.Tokens[before].IsWord && paragraph.Word(before) is var w && char.IsUpper(w[0]) &&
            (PersonNouns.TryGet(w, out _) || Honorifics.IsTitle(w, out _)))
        {
            before--;
        }

        return before >= 0 && paragraph.Tokens[before].IsWord && Lexicon.IsPreposition(paragraph.Word(before));
    }

    // The first-person narrator is "I" in the narration, never he or she.
    private bool Blocks(int character, Gender gender, int found) =>
        (character < 0 || character != _c.Narrator) && (character < 0 || (character != found && _c.Characters[character].Gender is var g && (g == gender || g == Gender.Unknown)));

    private bool Consider(int character, Gender gender, ref int found)
    {
        if (character < 0)
        {
            return false; // an ambiguous name could be anyone
        }

        if (character == _c.Narrator)
        {
            return true;
        }

        var g = _c.Characters[character].Gender;
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
    public bool OtherOfGenderBetween(ParagraphAnalysis a, int from, int to, Gender gender, int speaker)
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

            if (mention.Character < 0 || _c.Characters[mention.Character].Gender is var g && (g == gender || g == Gender.Unknown))
            {
                return true;
            }
        }

        return false;
    }
}
