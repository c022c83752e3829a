using StoryBot.Corpus.Model;

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

    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Lookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Leads = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "my", "our", "this", "that" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadLookup = Leads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsLead(ReadOnlySpan<char> word) => word.Length <= 5 && LeadLookup.Contains(word);

    public static bool TryGet(ReadOnlySpan<char> word, out Gender gender) => Lookup.TryGetValue(word, out gender);
}
