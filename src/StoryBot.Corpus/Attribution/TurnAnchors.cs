using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Reads one turn of a run as an anchor for the pair (a, b): a known speaker of the pair, a soft guess, a he/she tag
/// between a man and a woman, or a break in the count.
/// </summary>
internal static class TurnAnchors
{
    /// <summary>Turns before a he/she tag whose narration must describe nobody unnamed of that gender.</summary>
    private const int PronounLookBack = 2;

    /// <summary>What turn <paramref name="t"/> says about its speaker, for the pair (a, b).</summary>
    public static (TurnAnchor Kind, int Speaker, bool Pronoun) Classify(List<TurnRecord> turns, int t, int a, int b, IReadOnlyList<Character> characters, int narrator = -1)
    {
        var turn = turns[t];
        if (!turn.Unknown)
        {
            // A known turn: an anchor for the pair, unless it addresses anyone but the other of the pair ("Tell him, Rin."
            // hands the word to Rin); a mixed or third-party turn ends the count.
            return turn.Speaker >= 0 && (turn.Speaker == a || turn.Speaker == b) && turn.Addressee != -2 && (turn.Addressee < 0 || turn.Addressee == (turn.Speaker == a ? b : a)) &&
                   turn.Confidence >= TurnChains.AnchorConfidence
                ? (TurnAnchor.Hard, turn.Speaker, false)
                : (TurnAnchor.Break, -1, false);
        }

        var kind = TurnAnchor.None;
        var speaker = -1;
        var byPronoun = false;
        if (turn.Soft >= 0)
        {
            if (turn.Soft != a && turn.Soft != b)
            {
                return (TurnAnchor.Break, -1, false);
            }

            (kind, speaker) = (TurnAnchor.Soft, turn.Soft);
        }

        // "She watched him light one." / "Are you going to tell me about it?": a he/she beat, soft, between a man and a woman.
        if (kind == TurnAnchor.None && turn.Pronouns == 0 && turn.BeatPronouns != 0)
        {
            var actor = PronounSpeaker(turns, t, turn.BeatPronouns, a, b, characters, narrator);
            if (actor >= 0)
            {
                (kind, speaker) = (TurnAnchor.Soft, actor);
            }
        }

        // "he said" between one man and one woman, with nobody unnamed of that gender described just before.
        var pronounSpeaker = PronounSpeaker(turns, t, turn.Pronouns, a, b, characters, narrator);
        if (turn.Pronouns != 0)
        {
            if (pronounSpeaker < 0 || (speaker >= 0 && speaker != pronounSpeaker))
            {
                return (TurnAnchor.Break, -1, false);
            }

            (kind, speaker, byPronoun) = (TurnAnchor.Hard, pronounSpeaker, true);
        }

        if (turn.Addressee == -2)
        {
            return (TurnAnchor.Break, -1, false);
        }

        if (turn.Addressee >= 0)
        {
            // "You answered one out of eleven, Walter.": in a pair, the other one speaks.
            var other = turn.Addressee == a ? b : turn.Addressee == b ? a : -1;
            if (other < 0 || (speaker >= 0 && speaker != other))
            {
                return (TurnAnchor.Break, -1, false);
            }

            if (kind == TurnAnchor.None)
            {
                (kind, speaker) = (TurnAnchor.Soft, other);
            }
        }

        return kind == TurnAnchor.None && !turn.Pure ? (TurnAnchor.Break, -1, false) : (kind, speaker, byPronoun);
    }

    private static int PronounSpeaker(List<TurnRecord> turns, int t, int pronouns, int a, int b, IReadOnlyList<Character> characters, int narrator)
    {
        var ga = characters[a].Gender;
        var gb = characters[b].Gender;

        // The first-person narrator is never he or she: between "I" and one other, a he/she of the other's gender is the other.
        var withNarrator = (a == narrator && gb != Gender.Unknown) || (b == narrator && ga != Gender.Unknown);
        if (pronouns is not (GenderBits.Male or GenderBits.Female) || (!withNarrator && (ga == Gender.Unknown || gb == Gender.Unknown || ga == gb)))
        {
            return -1;
        }

        if (withNarrator && GenderBits.Of(a == narrator ? gb : ga) != pronouns)
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

        return withNarrator ? (a == narrator ? b : a) : GenderBits.Of(ga) == pronouns ? a : b;
    }
}
