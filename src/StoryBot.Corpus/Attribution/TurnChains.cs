using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Turn-taking in an exchange of two. A run is a stretch of consecutive quote paragraphs (any narration paragraph or
/// gap ends it); its pair is the two people who speak in it, or the one who speaks and the only other person named
/// within <see cref="TurnPair.Window"/> paragraphs. In the run, anchors say who speaks a turn: hard ones (a tag at anchor
/// confidence, or a he/she tag when the pair is one man and one woman) and soft ones (an action beat, a name the turn
/// addresses: the other of the pair speaks). A turn that is nothing but speech gets its speaker by parity from the
/// nearest anchor on each side: when both sides agree, surely; when they disagree (someone spoke twice, a voice
/// joined), not at all; from one side, less surely the further it is. A soft anchor the parity of another anchor agrees
/// with becomes sure. A turn with narration but no speaker, an unlisted speaker, or a name outside the pair addressed
/// ends the count; nothing is inferred when anyone else speaks, or is named in the narration, near the turn.
/// </summary>
internal static class TurnChains
{
    /// <summary>Known turns this sure (named, continued, paragraph and previous-speaker pronoun tags) anchor a run.</summary>
    public const double AnchorConfidence = AttributionThresholds.Trivia;

    /// <summary>Turns at most this far apart bracket a turn between two tagged turns of the pair.</summary>
    private const int MaxBracket = 8;

    /// <summary>Narration paragraphs across which a run's pair carries to the next run.</summary>
    private const int MaxCarry = 2;

    public static void Apply(List<TurnRecord> turns, List<AttributedLine> lines, IReadOnlyList<Character> characters, int narrator = -1, bool unlistedNarrator = false)
    {
        var i = 0;
        var voiced = TurnPair.Voiced(turns);
        (int A, int B) pair = (-1, -1);
        var pairEnd = -1;
        while (i < turns.Count)
        {
            if (turns[i].IsNarration)
            {
                i++;
                continue;
            }

            var start = i++;
            while (i < turns.Count && !turns[i].IsNarration && turns[i].ParagraphIndex == turns[i - 1].ParagraphIndex + 1)
            {
                i++;
            }

            // The conversation goes on across a short narration that names nobody else: the last run's pair may be this one's.
            var carried = pairEnd >= 0 && ConversationContinues(turns, pairEnd, start, pair.A, pair.B) ? pair : (-1, -1);
            pair = i - start >= 2 || carried.Item1 >= 0 ? Run(turns, start, i, lines, characters, carried, narrator, voiced, unlistedNarrator) : (-1, -1);
            pairEnd = pair.A >= 0 ? i : -1;
        }
    }

    /// <summary>
    /// Whether turns <paramref name="from"/>..<paramref name="to"/>-1 are at most <see cref="MaxCarry"/> narration
    /// paragraphs, each read, naming nobody but the pair and describing nobody unnamed ("my aunt sat down", "the boy came
    /// in": someone who may speak next): the pause of one conversation, not a new scene.
    /// </summary>
    private static bool ConversationContinues(List<TurnRecord> turns, int from, int to, int a, int b)
    {
        if (to - from > MaxCarry || to <= from)
        {
            return false;
        }

        var pair = ParagraphAnalysis.Bit(a) | ParagraphAnalysis.Bit(b);
        for (var t = from; t < to; t++)
        {
            var turn = turns[t];
            if (!turn.IsNarration || !turn.Read || (turn.People & ~pair) != 0 || turn.Described != 0 ||
                (t > from && turn.ParagraphIndex != turns[t - 1].ParagraphIndex + 1))
            {
                return false;
            }
        }

        return turns[to].ParagraphIndex == turns[to - 1].ParagraphIndex + 1 && turns[from].ParagraphIndex == turns[from - 1].ParagraphIndex + 1;
    }

    private static (int A, int B) Run(List<TurnRecord> turns, int start, int end, List<AttributedLine> lines, IReadOnlyList<Character> characters, (int A, int B) carried, int narrator, long voiced, bool unlistedNarrator)
    {
        var (a, b) = TurnPair.Find(turns, start, end, characters, carried, narrator, unlistedNarrator);
        if (a < 0 || b < 0)
        {
            return (-1, -1);
        }

        var count = end - start;
        var kinds = new TurnAnchor[count];
        var speakers = new int[count];
        var pronoun = new bool[count];
        for (var k = 0; k < count; k++)
        {
            (kinds[k], speakers[k], pronoun[k]) = TurnAnchors.Classify(turns, start + k, a, b, characters, narrator);
        }

        for (var k = 0; k < count; k++)
        {
            if (kinds[k] == TurnAnchor.Break)
            {
                continue;
            }

            var p = Nearest(kinds, k, -1);
            var n = Nearest(kinds, k, +1);
            var fromP = p >= 0 ? Parity(speakers[p], k - p, a, b) : -1;
            var fromN = n >= 0 ? Parity(speakers[n], n - k, a, b) : -1;
            int speaker;
            double confidence;
            string sieve;
            if (kinds[k] == TurnAnchor.None)
            {
                if (!turns[start + k].Pure)
                {
                    continue;
                }

                if (fromP >= 0 && fromN >= 0)
                {
                    if (fromP != fromN)
                    {
                        continue; // the count drifted between the two anchors
                    }

                    speaker = fromP;
                    confidence = kinds[p] == TurnAnchor.Hard && kinds[n] == TurnAnchor.Hard ? Confidence.AlternationBothWays
                        : kinds[p] == TurnAnchor.Hard || kinds[n] == TurnAnchor.Hard ? Confidence.AlternationNear
                        : Confidence.AlternationBetweenSoft;
                }
                else if ((fromP >= 0 && !ForeignBreak(turns, start, kinds, k, +1, a, b)) || (fromN >= 0 && !ForeignBreak(turns, start, kinds, k, -1, a, b)))
                {
                    // One side only, and the other side is not a line spoken to someone outside the pair ("…, Mr. Kell?"
                    // between an Inspector and a silent Rose: the pair is wrong there).
                    var from = fromP >= 0 ? p : n;
                    speaker = fromP >= 0 ? fromP : fromN;
                    var depth = Math.Abs(k - from);
                    confidence = kinds[from] == TurnAnchor.Soft ? (depth <= 1 ? Confidence.AlternationFromSoft : Confidence.Alternation)
                        : depth <= 1 ? Confidence.AlternationNear : depth <= 3 ? Confidence.AlternationFar : Confidence.Alternation;
                }
                else
                {
                    continue;
                }

                sieve = Sieves.Alternation;
            }
            else
            {
                // An anchor: sure when the parity of a neighbouring anchor agrees and no neighbour disagrees.
                speaker = speakers[k];
                var agree = (fromP == speaker ? 1 : 0) + (fromN == speaker ? 1 : 0);
                var disagree = (fromP >= 0 && fromP != speaker) || (fromN >= 0 && fromN != speaker);
                var hardAgrees = (fromP == speaker && kinds[p] == TurnAnchor.Hard) || (fromN == speaker && kinds[n] == TurnAnchor.Hard);
                if (kinds[k] == TurnAnchor.Hard && !pronoun[k])
                {
                    continue; // already known
                }

                if (pronoun[k])
                {
                    confidence = disagree ? Confidence.PronounPairDisputed : agree > 0 ? Confidence.PronounPairConfirmed : Confidence.PronounPair;
                    sieve = Sieves.PronounTag;
                }
                else if (!disagree && agree > 0)
                {
                    confidence = hardAgrees ? Confidence.SoftConfirmed : Confidence.AlternationBetweenSoft;
                    sieve = Sieves.Alternation;
                }
                else
                {
                    continue;
                }
            }

            // Between two tagged turns of the pair whose parity agrees, a third voice would have shown as a disagreement:
            // only people named inside that stretch count. Elsewhere anyone speaking or named nearby stops the count.
            // A soft anchor (the reply to "…, Mr. Kell?") that both sides' parity confirms is bracketed the same way.
            var bracketed = (kinds[k] == TurnAnchor.None || (kinds[k] == TurnAnchor.Soft && speakers[k] == fromP)) && p >= 0 && n >= 0 &&
                            kinds[p] == TurnAnchor.Hard && kinds[n] == TurnAnchor.Hard && n - p <= MaxBracket && fromP == fromN;
            if (bracketed ? TurnPair.ThirdPersonBetween(turns, start + p, start + n, a, b) : TurnPair.ThirdVoiceNear(turns, start + k, a, b))
            {
                // Company named in the narration and silent all scene long ("My sister wrung out her cloth", "Martha Brisk
                // was shelling peas at the end of the porch") is no third voice, in the first person or the third.
                if (bracketed || !TurnPair.OnlySilentNear(turns, start + k, a, b, voiced))
                {
                    continue;
                }
            }

            Assign(turns[start + k], lines, characters[speaker].Name, confidence, sieve);
        }

        return (a, b);
    }

    private static int Nearest(TurnAnchor[] kinds, int k, int step)
    {
        for (var j = k + step; j >= 0 && j < kinds.Length; j += step)
        {
            if (kinds[j] == TurnAnchor.Break)
            {
                return -1;
            }

            if (kinds[j] is TurnAnchor.Soft or TurnAnchor.Hard)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether the first break from turn <paramref name="k"/> towards <paramref name="step"/> addresses someone outside the pair.</summary>
    private static bool ForeignBreak(List<TurnRecord> turns, int start, TurnAnchor[] kinds, int k, int step, int a, int b)
    {
        for (var j = k + step; j >= 0 && j < kinds.Length; j += step)
        {
            if (kinds[j] is TurnAnchor.Soft or TurnAnchor.Hard)
            {
                return false;
            }

            if (kinds[j] == TurnAnchor.Break)
            {
                var addressee = turns[start + j].Addressee;
                return addressee == -2 || (addressee >= 0 && addressee != a && addressee != b);
            }
        }

        return false;
    }

    private static int Parity(int speaker, int distance, int a, int b) => distance % 2 == 0 ? speaker : speaker == a ? b : a;

    private static void Assign(TurnRecord turn, List<AttributedLine> lines, string name, double confidence, string sieve)
    {
        for (var l = turn.FirstLine; l < turn.FirstLine + turn.LineCount; l++)
        {
            if (lines[l].SpeakerMention is not null)
            {
                return;
            }
        }

        for (var l = turn.FirstLine; l < turn.FirstLine + turn.LineCount; l++)
        {
            var line = lines[l];
            lines[l] = line.Speaker is null || line.Speaker == name
                ? line with { Speaker = name, Confidence = Math.Max(line.Speaker is null ? 0 : line.Confidence, confidence), Sieve = line.Speaker is null ? sieve : line.Sieve }
                : line with { Confidence = Math.Min(line.Confidence, Confidence.AddressedSpeaker) };
        }
    }
}
