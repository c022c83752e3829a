using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Turn-taking in an exchange of two: in a run of consecutive quote paragraphs, a turn with no tag of its own that is
/// nothing but speech belongs to the speaker of the turn before the previous one (A, B, A). Read forwards from two
/// known turns and backwards from two known turns; where both reach a turn they must agree, or it is left alone (the
/// count drifted: someone spoke twice, or a third voice joined). Any narration paragraph, a turn with narration but
/// no known speaker, an unlisted speaker, or a line that addresses the expected speaker or a third person ends the run.
/// </summary>
internal static class TurnChains
{
    /// <summary>Known turns this sure (named, continued, paragraph and previous-speaker pronoun tags) anchor a run.</summary>
    public const double AnchorConfidence = AttributionThresholds.Trivia;

    /// <summary>Paragraphs on either side of a turn in which a third speaker stops alternation.</summary>
    private const int Window = 8;

    public static void Apply(List<TurnRecord> turns, List<AttributedLine> lines, IReadOnlyList<Character> characters)
    {
        if (turns.Count < 3)
        {
            return;
        }

        var forward = Walk(turns, forward: true);
        var backward = Walk(turns, forward: false);
        for (var i = 0; i < turns.Count; i++)
        {
            var turn = turns[i];
            if (!turn.Unknown || !turn.Pure)
            {
                continue;
            }

            var (f, fDepth) = forward[i];
            var (b, bDepth) = backward[i];
            int speaker;
            double confidence;
            if (f >= 0 && b >= 0)
            {
                if (f != b)
                {
                    continue; // the two directions disagree: the count drifted somewhere in between
                }

                speaker = f;
                confidence = Confidence.AlternationBothWays;
            }
            else if (f >= 0 || b >= 0)
            {
                speaker = f >= 0 ? f : b;
                var depth = f >= 0 ? fDepth : bDepth;
                confidence = depth <= 1 ? Confidence.AlternationNear : depth <= 3 ? Confidence.AlternationFar : Confidence.Alternation;
            }
            else
            {
                continue;
            }

            if (ThirdVoiceNear(turns, i, speaker, PairOf(turns, i, speaker)))
            {
                continue;
            }

            for (var l = turn.FirstLine; l < turn.FirstLine + turn.LineCount; l++)
            {
                var line = lines[l];
                if (line.SpeakerMention is not null)
                {
                    break;
                }

                lines[l] = line.Speaker is null || line.Speaker == characters[speaker].Name
                    ? line with { Speaker = characters[speaker].Name, Confidence = Math.Max(line.Speaker is null ? 0 : line.Confidence, confidence), Sieve = line.Speaker is null ? Sieves.Alternation : line.Sieve }
                    : line with { Confidence = Math.Min(line.Confidence, Confidence.AddressedSpeaker) };
            }
        }
    }

    /// <summary>The other one of the pair: the known speaker nearest to turn <paramref name="i"/> who is not <paramref name="speaker"/>.</summary>
    private static int PairOf(List<TurnRecord> turns, int i, int speaker)
    {
        for (var d = 1; d <= Window; d++)
        {
            foreach (var j in (ReadOnlySpan<int>)[i - d, i + d])
            {
                if (j >= 0 && j < turns.Count && !turns[j].Unknown && turns[j].Speaker >= 0 && turns[j].Speaker != speaker)
                {
                    return turns[j].Speaker;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether anyone but the pair speaks within <see cref="Window"/> paragraphs of turn <paramref name="i"/>: alternation
    /// counts two voices, and a third (Rin chiming in between Mira and Kaito) breaks the count.
    /// </summary>
    private static bool ThirdVoiceNear(List<TurnRecord> turns, int i, int a, int b)
    {
        // One record per paragraph, in order: the window is a slice of the list (linear in the scene).
        var pair = ParagraphAnalysis.Bit(a) | (b >= 0 ? ParagraphAnalysis.Bit(b) : 0);
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

    /// <summary>
    /// For each turn, the speaker alternation gives it reading in one direction, and how many inferred turns lie
    /// between it and the last known one (1 = right after two known turns).
    /// </summary>
    private static (int Speaker, int Depth)[] Walk(List<TurnRecord> turns, bool forward)
    {
        var result = new (int Speaker, int Depth)[turns.Count];
        Array.Fill(result, (-1, 0));
        int last = -1, beforeLast = -1, depth = 0;
        var previousParagraph = -10; // no paragraph is next to it
        for (var k = 0; k < turns.Count; k++)
        {
            var i = forward ? k : turns.Count - 1 - k;
            var turn = turns[i];
            var adjacent = Math.Abs(turn.ParagraphIndex - previousParagraph) == 1;
            previousParagraph = turn.ParagraphIndex;
            if (turn.IsNarration || !adjacent)
            {
                (last, beforeLast, depth) = (-1, -1, 0);
                if (turn.IsNarration)
                {
                    continue;
                }
            }

            if (!turn.Unknown)
            {
                // A known turn: it anchors the run when sure and not the same speaker twice running.
                var sure = turn.Speaker >= 0 && turn.Confidence >= AnchorConfidence;
                (beforeLast, last, depth) = sure && turn.Speaker != last ? (last, turn.Speaker, 0) : (-1, sure ? turn.Speaker : -1, 0);

                // "Tell him, Rin.": a turn that calls on someone outside the pair hands the word to them.
                if (turn.Addressee == -2 || (turn.Addressee >= 0 && turn.Addressee != beforeLast))
                {
                    beforeLast = -1;
                }

                continue;
            }

            if (!turn.Pure || last < 0 || beforeLast < 0 || last == beforeLast ||
                turn.Addressee == beforeLast || turn.Addressee == -2 || (turn.Addressee >= 0 && turn.Addressee != last))
            {
                (last, beforeLast, depth) = (-1, -1, 0);
                continue;
            }

            depth++;
            result[i] = (beforeLast, depth);
            (beforeLast, last) = (last, beforeLast);
        }

        return result;
    }
}
