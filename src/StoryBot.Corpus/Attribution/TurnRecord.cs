using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// One paragraph as a turn of a conversation, kept after its analysis is recycled. <see cref="Speaker"/> is its one
/// speaker when every quote it gave a speaker to is theirs at anchor confidence; <see cref="Pure"/> when it is nothing
/// but quoted speech (no narration that could name or move someone); <see cref="Addressee"/> the one character its
/// quotes address by name (-1 none, -2 several or an ambiguous name). <see cref="People"/> is a bit per character
/// named in its narration or speaking in it at any confidence (bit 63: someone else, or an ambiguous name).
/// <see cref="Soft"/> is the one speaker its lines got below anchor confidence (an action beat, the reply to an
/// addressed name), -1 when none or several; <see cref="Pronouns"/> the genders of its he/she tags left unresolved
/// (<see cref="GenderBits"/>); <see cref="Described"/> the genders of unnamed people in its narration ("the boy");
/// <see cref="Named"/> a bit per character named in its narration; <see cref="BeatPronouns"/> the genders of he/she
/// action beats before its quotes that no sieve resolved; <see cref="Read"/> false for a narration paragraph no sieve
/// tokenised (who it names is unknown); <see cref="AddressedGenders"/> the genders its quotes address by a word such
/// as "sir" or "ma'am".
/// </summary>
internal readonly record struct TurnRecord(
    int ParagraphIndex,
    int FirstLine,
    int LineCount,
    int Speaker,
    double Confidence,
    bool Pure,
    bool Unknown,
    int Addressee,
    long People,
    int Soft = -1,
    int Pronouns = 0,
    int Described = 0,
    long Named = 0,
    int BeatPronouns = 0,
    bool Read = true,
    int AddressedGenders = 0)
{
    /// <summary>A paragraph with no quote: narration, which ends any run of turns.</summary>
    public bool IsNarration => LineCount == 0;

    /// <summary>The paragraph as a turn, once its quotes are decided.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TurnRecord From(ParagraphAnalysis a, int firstLine)
    {
        if (a.QuoteCount == 0)
        {
            return new TurnRecord(a.Paragraph.Index, firstLine, 0, -1, 0, Pure: false, Unknown: false, -1, a.People(), Described: a.DescribedGenders(), Named: a.Named(), Read: a.IsAnalyzed);
        }

        int speaker = -1, known = 0, soft = -1;
        var confidence = 1.0;
        var mixed = false;
        var softMixed = false;
        for (var q = 0; q < a.QuoteCount; q++)
        {
            var line = a.Lines[q]!;
            if (line.SpeakerMention is not null)
            {
                mixed = true;
            }

            if (a.Speakers[q] < 0)
            {
                continue;
            }

            if (line.Confidence < AttributionThresholds.Trivia)
            {
                softMixed |= soft >= 0 && soft != a.Speakers[q];
                soft = a.Speakers[q];
                continue;
            }

            mixed |= speaker >= 0 && speaker != a.Speakers[q];
            speaker = a.Speakers[q];
            confidence = Math.Min(confidence, line.Confidence);
            known++;
        }

        // Pure speech: the paragraph opens with a quote and has no narration word outside its quotes.
        var pure = a.QuoteStart[0] == 0;
        for (var q = 0; q <= a.QuoteCount && pure; q++)
        {
            for (var t = a.NarrationStart(q); t < a.NarrationEnd(q) && pure; t++)
            {
                pure = !a.Tokens[t].IsWord;
            }
        }

        mixed |= known > 0 && soft >= 0 && soft != speaker;
        return mixed
            ? new TurnRecord(a.Paragraph.Index, firstLine, a.QuoteCount, -1, 0, Pure: false, Unknown: false, -1, a.People(), Described: a.DescribedGenders(), Named: a.Named())
            : new TurnRecord(a.Paragraph.Index, firstLine, a.QuoteCount, speaker, known > 0 ? confidence : 0, pure, Unknown: known == 0,
                Vocatives.AddresseeOrSeveral(a), a.People(), softMixed || known > 0 ? -1 : soft, a.UnresolvedPronouns, a.DescribedGenders(), a.Named(), a.BeatPronouns, AddressedGenders: Vocatives.AddressedGenders(a));
    }
}
