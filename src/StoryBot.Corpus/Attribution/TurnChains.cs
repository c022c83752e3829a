using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Turn-taking in an exchange of two. A run is a stretch of consecutive quote paragraphs (any narration paragraph or
/// gap ends it); its pair is the two people who speak in it, or the one who speaks and the only other person named
/// within <see cref="Window"/> paragraphs. In the run, anchors say who speaks a turn: hard ones (a tag at anchor
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

    /// <summary>Paragraphs on either side of a turn in which a third speaker stops alternation.</summary>
    private const int Window = 8;
    private const int MaxBracket = 8;

    /// <summary>Turns before a he/she tag whose narration must describe nobody unnamed of that gender.</summary>
    private const int PronounLookBack = 2;

    private enum Anchor : byte
    {
        None,
        Soft,
        Hard,
        Break,
    }

    public static void Apply(List<TurnRecord> turns, List<AttributedLine> lines, IReadOnlyList<Character> characters)
    {
        var i = 0;
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

            if (i - start >= 2)
            {
                Run(turns, start, i, lines, characters);
            }
        }
    }

    private static void Run(List<TurnRecord> turns, int start, int end, List<AttributedLine> lines, IReadOnlyList<Character> characters)
    {
        var (a, b) = Pair(turns, start, end, characters);
        if (a < 0 || b < 0)
        {
            return;
        }

        var count = end - start;
        var kinds = new Anchor[count];
        var speakers = new int[count];
        var pronoun = new bool[count];
        for (var k = 0; k < count; k++)
        {
            (kinds[k], speakers[k], pronoun[k]) = Classify(turns, start + k, a, b, characters);
        }

        for (var k = 0; k < count; k++)
        {
            if (kinds[k] == Anchor.Break)
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
            if (kinds[k] == Anchor.None)
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
                    confidence = kinds[p] == Anchor.Hard && kinds[n] == Anchor.Hard ? Confidence.AlternationBothWays
                        : kinds[p] == Anchor.Hard || kinds[n] == Anchor.Hard ? Confidence.AlternationNear
                        : Confidence.AlternationBetweenSoft;
                }
                else if ((fromP >= 0 && !ForeignBreak(turns, start, kinds, k, +1, a, b)) || (fromN >= 0 && !ForeignBreak(turns, start, kinds, k, -1, a, b)))
                {
                    // One side only, and the other side is not a line spoken to someone outside the pair ("…, Mr. Kell?"
                    // between an Inspector and a silent Rose: the pair is wrong there).
                    var from = fromP >= 0 ? p : n;
                    speaker = fromP >= 0 ? fromP : fromN;
                    var depth = Math.Abs(k - from);
                    confidence = kinds[from] == Anchor.Soft ? (depth <= 1 ? Confidence.AlternationFromSoft : Confidence.Alternation)
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
                var hardAgrees = (fromP == speaker && kinds[p] == Anchor.Hard) || (fromN == speaker && kinds[n] == Anchor.Hard);
                if (kinds[k] == Anchor.Hard && !pronoun[k])
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
            var bracketed = kinds[k] == Anchor.None && p >= 0 && n >= 0 && kinds[p] == Anchor.Hard && kinds[n] == Anchor.Hard &&
                            n - p <= MaxBracket && fromP == fromN;
            if (bracketed ? ThirdPersonBetween(turns, start + p, start + n, a, b) : ThirdVoiceNear(turns, start + k, a, b))
            {
                continue;
            }

            Assign(turns[start + k], lines, characters[speaker].Name, confidence, sieve);
        }
    }

    /// <summary>What turn <paramref name="t"/> says about its speaker, for the pair (a, b).</summary>
    private static (Anchor Kind, int Speaker, bool Pronoun) Classify(List<TurnRecord> turns, int t, int a, int b, IReadOnlyList<Character> characters)
    {
        var turn = turns[t];
        if (!turn.Unknown)
        {
            // A known turn: an anchor for the pair, unless it addresses anyone but the other of the pair ("Tell him, Rin."
            // hands the word to Rin); a mixed or third-party turn ends the count.
            return turn.Speaker >= 0 && (turn.Speaker == a || turn.Speaker == b) && turn.Addressee != -2 && (turn.Addressee < 0 || turn.Addressee == (turn.Speaker == a ? b : a)) &&
                   turn.Confidence >= AnchorConfidence
                ? (Anchor.Hard, turn.Speaker, false)
                : (Anchor.Break, -1, false);
        }

        var kind = Anchor.None;
        var speaker = -1;
        var byPronoun = false;
        if (turn.Soft >= 0)
        {
            if (turn.Soft != a && turn.Soft != b)
            {
                return (Anchor.Break, -1, false);
            }

            (kind, speaker) = (Anchor.Soft, turn.Soft);
        }

        // "She watched him light one." / "Are you going to tell me about it?": a he/she beat, soft, between a man and a woman.
        if (kind == Anchor.None && turn.Pronouns == 0 && turn.BeatPronouns != 0)
        {
            var actor = PronounSpeaker(turns, t, turn.BeatPronouns, a, b, characters);
            if (actor >= 0)
            {
                (kind, speaker) = (Anchor.Soft, actor);
            }
        }

        // "he said" between one man and one woman, with nobody unnamed of that gender described just before.
        var pronounSpeaker = PronounSpeaker(turns, t, turn.Pronouns, a, b, characters);
        if (turn.Pronouns != 0)
        {
            if (pronounSpeaker < 0 || (speaker >= 0 && speaker != pronounSpeaker))
            {
                return (Anchor.Break, -1, false);
            }

            (kind, speaker, byPronoun) = (Anchor.Hard, pronounSpeaker, true);
        }

        if (turn.Addressee == -2)
        {
            return (Anchor.Break, -1, false);
        }

        if (turn.Addressee >= 0)
        {
            // "You answered one out of eleven, Walter.": in a pair, the other one speaks.
            var other = turn.Addressee == a ? b : turn.Addressee == b ? a : -1;
            if (other < 0 || (speaker >= 0 && speaker != other))
            {
                return (Anchor.Break, -1, false);
            }

            if (kind == Anchor.None)
            {
                (kind, speaker) = (Anchor.Soft, other);
            }
        }

        return kind == Anchor.None && !turn.Pure ? (Anchor.Break, -1, false) : (kind, speaker, byPronoun);
    }

    private static int PronounSpeaker(List<TurnRecord> turns, int t, int pronouns, int a, int b, IReadOnlyList<Character> characters)
    {
        var ga = characters[a].Gender;
        var gb = characters[b].Gender;
        if (pronouns is not (GenderBits.Male or GenderBits.Female) || ga == Gender.Unknown || gb == Gender.Unknown || ga == gb)
        {
            return -1;
        }

        for (var j = Math.Max(0, t - PronounLookBack); j <= t; j++)
        {
            if ((turns[j].Described & (pronouns | GenderBits.Either)) != 0)
            {
                return -1;
            }
        }

        return GenderBits.Of(ga) == pronouns ? a : b;
    }

    /// <summary>
    /// The two people of the run: its speakers, or its one speaker and the one other person named in the narration
    /// before it (within the window; the two paragraphs before it read) or addressed in it. Each must speak at anchor confidence in the run or be named in the narration near it (a guess from an
    /// action beat or an addressed name alone makes no pair), and nobody unlisted or unnamed may speak or act nearby.
    /// </summary>
    private static (int A, int B) Pair(List<TurnRecord> turns, int start, int end, IReadOnlyList<Character> characters)
    {
        long named = 0, sure = 0, near = 0;
        var unread = false;
        for (var t = Math.Max(0, start - Window); t < Math.Min(turns.Count, end + Window); t++)
        {
            var turn = turns[t];
            if (t < end)
            {
                // Who is named before the run or in it is on the scene; someone named only after it may just be arriving
                // or talked about. A narration paragraph nobody read could name anyone: no guess then.
                named |= turn.Named;
                unread |= turn.IsNarration && !turn.Read && t >= start - 2;
            }
            if (t >= start && t < end && turn.Unknown && turn.Addressee >= 0)
            {
                near |= ParagraphAnalysis.Bit(turn.Addressee); // someone spoken to in the run is a party to it
            }

            if (!turn.IsNarration && !turn.Unknown && turn.Speaker < 0)
            {
                return (-1, -1); // an unlisted speaker ("said the woman") or a paragraph of two voices near the run
            }

            if (t >= start && t < end && !turn.Unknown && turn.Speaker >= 0)
            {
                sure |= ParagraphAnalysis.Bit(turn.Speaker);
            }
        }

        int a = -1, b = -1;
        for (var t = start; t < end; t++)
        {
            var turn = turns[t];
            var s = !turn.Unknown ? turn.Speaker : turn.Soft;
            if (s < 0 || s == a || s == b)
            {
                continue;
            }

            if (a < 0)
            {
                a = s;
            }
            else if (b < 0)
            {
                b = s;
            }
            else
            {
                return (-1, -1); // three voices
            }
        }

        if (a >= 0 && b < 0)
        {
            if (unread)
            {
                return (-1, -1);
            }

            var others = (named | near) & ~ParagraphAnalysis.Bit(a);
            if (others == 0 || (others & (others - 1)) != 0 || others == ParagraphAnalysis.Bit(63))
            {
                return (-1, -1);
            }

            b = System.Numerics.BitOperations.TrailingZeroCount(others);
        }

        var known = sure | named | near;
        return a >= 0 && b >= 0 && (known & ParagraphAnalysis.Bit(a)) != 0 && (known & ParagraphAnalysis.Bit(b)) != 0 && a < 63 && b < 63 &&
               Consistent(turns, start, end, characters[a].Gender, characters[b].Gender)
            ? (a, b)
            : (-1, -1);
    }

    /// <summary>
    /// Whether every he/she in the run's tags and beats (and the beat of the narration just before) can be one of the
    /// pair: "She was about thirty" next to two men means the pair is someone else.
    /// </summary>
    private static bool Consistent(List<TurnRecord> turns, int start, int end, Gender ga, Gender gb)
    {
        if (ga == Gender.Unknown || gb == Gender.Unknown)
        {
            return true;
        }

        var allowed = GenderBits.Of(ga) | GenderBits.Of(gb);
        for (var t = start; t < end; t++)
        {
            if (((turns[t].Pronouns | turns[t].BeatPronouns) & ~allowed & (GenderBits.Male | GenderBits.Female)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Nearest(Anchor[] kinds, int k, int step)
    {
        for (var j = k + step; j >= 0 && j < kinds.Length; j += step)
        {
            if (kinds[j] == Anchor.Break)
            {
                return -1;
            }

            if (kinds[j] is Anchor.Soft or Anchor.Hard)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether the first break from turn <paramref name="k"/> towards <paramref name="step"/> addresses someone outside the pair.</summary>
    private static bool ForeignBreak(List<TurnRecord> turns, int start, Anchor[] kinds, int k, int step, int a, int b)
    {
        for (var j = k + step; j >= 0 && j < kinds.Length; j += step)
        {
            if (kinds[j] is Anchor.Soft or Anchor.Hard)
            {
                return false;
            }

            if (kinds[j] == Anchor.Break)
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

    /// <summary>Whether anyone but the pair speaks or is named in turns <paramref name="from"/>..<paramref name="to"/>.</summary>
    private static bool ThirdPersonBetween(List<TurnRecord> turns, int from, int to, int a, int b)
    {
        var pair = ParagraphAnalysis.Bit(a) | ParagraphAnalysis.Bit(b);
        for (var j = from; j <= to; j++)
        {
            var turn = turns[j];
            if ((turn.People & ~pair) != 0 || (!turn.Unknown && turn.Speaker >= 0 && turn.Speaker != a && turn.Speaker != b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether anyone but the pair speaks, or is named in the narration, within <see cref="Window"/> paragraphs of
    /// turn <paramref name="i"/>: alternation counts two voices, and a third (Rin chiming in between Mira and Kaito)
    /// breaks the count.
    /// </summary>
    private static bool ThirdVoiceNear(List<TurnRecord> turns, int i, int a, int b)
    {
        // One record per paragraph, in order: the window is a slice of the list (linear in the scene).
        var pair = ParagraphAnalysis.Bit(a) | ParagraphAnalysis.Bit(b);
        for (var j = Math.Max(0, i - Window); j <= Math.Min(turns.Count - 1, i + Window); j++)
        {
            var turn = turns[j];
            if ((turn.People & ~pair) != 0 || (!turn.Unknown && turn.Speaker >= 0 && turn.Speaker != a && turn.Speaker != b))
            {
                return true;
            }
        }

        return false;
    }
}
