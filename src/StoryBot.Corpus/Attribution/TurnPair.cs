using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// The two people of a run of turns, and whether anyone else speaks or is named near a turn (a third voice stops the
/// alternation count).
/// </summary>
internal static class TurnPair
{
    /// <summary>Paragraphs on either side of a turn in which a third speaker stops alternation.</summary>
    public const int Window = 8;

    /// <summary>
    /// The two people of the run: its speakers, or its one speaker and the one other person named in the narration
    /// before it (within the window; the two paragraphs before it read) or addressed in it. Each must speak at anchor confidence in the run or be named in the narration near it (a guess from an
    /// action beat or an addressed name alone makes no pair), and nobody unlisted or unnamed may speak or act nearby.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int A, int B) Find(List<TurnRecord> turns, int start, int end, IReadOnlyList<Character> characters, (int A, int B) carried, int narrator = -1, bool unlistedNarrator = false)
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
            if (t >= start && t < end && turn.Addressee >= 0 && (turn.Unknown || turn.Speaker >= 0))
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

        var carries = carried.A >= 0 && carried.B >= 0 && (a < 0 || ((a == carried.A || a == carried.B) && (b < 0 || b == carried.A || b == carried.B)));
        if (carries)
        {
            // The conversation of the run before goes on (a pause of narration naming nobody else): its pair, unless
            // this run speaks by name to someone else.
            var other = a < 0 ? -1 : a == carried.A ? carried.B : carried.A;
            var addressedOther = near & ~ParagraphAnalysis.Bit(a < 0 ? 63 : a);
            if ((addressedOther & ~(ParagraphAnalysis.Bit(carried.A) | ParagraphAnalysis.Bit(carried.B))) != 0)
            {
                return (-1, -1);
            }

            (a, b) = a < 0 ? carried : (a, other);
            named |= ParagraphAnalysis.Bit(carried.A) | ParagraphAnalysis.Bit(carried.B);
        }
        else if (a >= 0 && b < 0)
        {
            if (unread)
            {
                return (-1, -1);
            }

            // The one person the run speaks to by name is the other of the pair, before anyone silent named in the
            // narration ("Did you open the stair yourself, Mr. Kell?" with Rose sitting in the window).
            var addressed = near & ~ParagraphAnalysis.Bit(a);
            var spokenTo = addressed != 0 && (addressed & (addressed - 1)) == 0;
            if (!spokenTo && unlistedNarrator)
            {
                return (-1, -1); // told by an "I" nobody listed: the silent one named nearby may be a bystander, the other is likely "I"
            }

            var others = spokenTo ? addressed : (named | near) & ~ParagraphAnalysis.Bit(a);
            if (others == 0 || (others & (others - 1)) != 0 || others == ParagraphAnalysis.Bit(63))
            {
                return (-1, -1);
            }

            b = System.Numerics.BitOperations.TrailingZeroCount(others);
        }

        var known = sure | named | near;
        return a >= 0 && b >= 0 && (known & ParagraphAnalysis.Bit(a)) != 0 && (known & ParagraphAnalysis.Bit(b)) != 0 && a < 63 && b < 63 &&
               Consistent(turns, start, end, a == narrator ? Gender.Unknown : characters[a].Gender, b == narrator ? Gender.Unknown : characters[b].Gender, a == narrator || b == narrator)
            ? (a, b)
            : (-1, -1);
    }

    /// <summary>
    /// Whether every he/she in the run's tags and beats (and the beat of the narration just before) can be one of the
    /// pair: "She was about thirty" next to two men means the pair is someone else; so does "Ma'am?" (someone speaks to a woman).
    /// </summary>
    private static bool Consistent(List<TurnRecord> turns, int start, int end, Gender ga, Gender gb, bool withNarrator)
    {
        // The first-person narrator is "I", never he or she: with the narrator, only the other's gender fits a he/she.
        if ((ga == Gender.Unknown || gb == Gender.Unknown) && !(withNarrator && (ga != Gender.Unknown || gb != Gender.Unknown)))
        {
            return true;
        }

        var allowed = (ga == Gender.Unknown ? 0 : GenderBits.Of(ga)) | (gb == Gender.Unknown ? 0 : GenderBits.Of(gb));
        for (var t = start; t < end; t++)
        {
            // "Ma'am?" between two men: the one spoken to is a woman, so the pair is someone else.
            if (((turns[t].Pronouns | turns[t].BeatPronouns | turns[t].AddressedGenders) & ~allowed & (GenderBits.Male | GenderBits.Female)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether anyone but the pair speaks or is named in turns <paramref name="from"/>..<paramref name="to"/>.</summary>
    public static bool ThirdPersonBetween(List<TurnRecord> turns, int from, int to, int a, int b)
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
    public static bool ThirdVoiceNear(List<TurnRecord> turns, int i, int a, int b)
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

    /// <summary>
    /// Whether everyone but the pair near turn <paramref name="i"/> is only named in narration paragraphs and is
    /// silent: not in <paramref name="voiced"/> (<see cref="Voiced"/>: who speaks or acts in a quote paragraph of the scene).
    /// </summary>
    public static bool OnlySilentNear(List<TurnRecord> turns, int i, int a, int b, long voiced)
    {
        var pair = ParagraphAnalysis.Bit(a) | ParagraphAnalysis.Bit(b);
        long third = 0;
        for (var j = Math.Max(0, i - Window); j <= Math.Min(turns.Count - 1, i + Window); j++)
        {
            var turn = turns[j];
            if (!turn.IsNarration && ((turn.People & ~pair) != 0 || (!turn.Unknown && turn.Speaker >= 0 && turn.Speaker != a && turn.Speaker != b)))
            {
                return false;
            }

            third |= turn.IsNarration ? turn.People & ~pair : 0;
        }

        return (third & (voiced | ParagraphAnalysis.Bit(63))) == 0;
    }

    /// <summary>A bit per character who speaks (at any confidence) or is named in a quote paragraph of the turns.</summary>
    public static long Voiced(List<TurnRecord> turns)
    {
        long voiced = 0;
        foreach (var turn in turns)
        {
            if (!turn.IsNarration)
            {
                voiced |= turn.People | (turn.Speaker >= 0 ? ParagraphAnalysis.Bit(turn.Speaker) : 0) | (turn.Soft >= 0 ? ParagraphAnalysis.Bit(turn.Soft) : 0);
            }
        }

        return voiced;
    }
}
