using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Nouns that describe a person ("the boy", "her father", "a stranger"): someone in the scene who may be "he" or "she"
/// without being named, so a pronoun cannot be pinned on the one named character of that gender.
/// </summary>
internal static class PersonNouns
{
    private static readonly Dictionary<string, Gender> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["boy"] = Gender.Male, ["man"] = Gender.Male, ["gentleman"] = Gender.Male, ["lad"] = Gender.Male, ["father"] = Gender.Male,
        ["uncle"] = Gender.Male, ["brother"] = Gender.Male, ["son"] = Gender.Male, ["king"] = Gender.Male, ["prince"] = Gender.Male,
        ["husband"] = Gender.Male, ["fellow"] = Gender.Male, ["grandfather"] = Gender.Male, ["nephew"] = Gender.Male, ["sir"] = Gender.Male,
        ["girl"] = Gender.Female, ["woman"] = Gender.Female, ["lady"] = Gender.Female, ["lass"] = Gender.Female, ["mother"] = Gender.Female,
        ["aunt"] = Gender.Female, ["sister"] = Gender.Female, ["daughter"] = Gender.Female, ["queen"] = Gender.Female,
        ["princess"] = Gender.Female, ["wife"] = Gender.Female, ["maid"] = Gender.Female, ["grandmother"] = Gender.Female,
        ["niece"] = Gender.Female, ["widow"] = Gender.Female, ["housekeeper"] = Gender.Female,
        ["child"] = Gender.Unknown, ["stranger"] = Gender.Unknown, ["youth"] = Gender.Unknown, ["officer"] = Gender.Unknown,
        ["soldier"] = Gender.Unknown, ["guard"] = Gender.Unknown, ["servant"] = Gender.Unknown, ["driver"] = Gender.Unknown,
        ["prefect"] = Gender.Unknown, ["constable"] = Gender.Unknown, ["sergeant"] = Gender.Unknown, ["cook"] = Gender.Unknown,
        ["priest"] = Gender.Unknown, ["knight"] = Gender.Unknown, ["kid"] = Gender.Unknown, ["teacher"] = Gender.Unknown,
        ["student"] = Gender.Unknown, ["nurse"] = Gender.Unknown, ["doctor"] = Gender.Unknown, ["captain"] = Gender.Unknown,
        ["newcomer"] = Gender.Unknown, ["visitor"] = Gender.Unknown, ["figure"] = Gender.Unknown, ["clerk"] = Gender.Unknown,
        ["waiter"] = Gender.Unknown, ["landlord"] = Gender.Male, ["landlady"] = Gender.Female, ["old"] = Gender.Unknown,
        ["younger"] = Gender.Unknown, ["elder"] = Gender.Unknown, ["cousin"] = Gender.Unknown, ["friend"] = Gender.Unknown,
        ["medic"] = Gender.Unknown, ["boatman"] = Gender.Male, ["farmer"] = Gender.Unknown, ["stranger's"] = Gender.Unknown,
    };

    private static readonly WordMap<Gender> Lookup = new(Nouns);

    /// <summary>Whether <paramref name="word"/> is a word that leads into a person noun: "the", "a", "an", "his", "her", "their", "my", "our", "this", "that" (any case).</summary>
    /// <remarks>
    /// Called for nearly every word of a quote paragraph: a word whose first letter is ASCII and none of t, a, h, m, o
    /// (in either case) is rejected at once; the others are compared as an ordinal case-insensitive set would.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsLead(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !MayLead(word[0], word.Length))
        {
            return false;
        }

        const StringComparison Ignore = StringComparison.OrdinalIgnoreCase;
        return word.Length switch
        {
            1 => word.Equals("a", Ignore),
            2 => word.Equals("an", Ignore) || word.Equals("my", Ignore),
            3 => word.Equals("the", Ignore) || word.Equals("his", Ignore) || word.Equals("her", Ignore) || word.Equals("our", Ignore),
            4 => word.Equals("this", Ignore) || word.Equals("that", Ignore),
            _ => word.Equals("their", Ignore),
        };
    }

    /// <summary>
    /// False when a word of <paramref name="length"/> starting with <paramref name="first"/> cannot be a lead: longer
    /// than five, or an ASCII first letter that is none of t, a, h, m, o in either case (a cheap test before <see cref="IsLead"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayLead(char first, int length) =>
        length <= 5 && (first > 0x7F || (first | 0x20) is 't' or 'a' or 'h' or 'm' or 'o');

    public static bool TryGet(ReadOnlySpan<char> word, out Gender gender) => Lookup.TryGetValue(word, out gender);
}
