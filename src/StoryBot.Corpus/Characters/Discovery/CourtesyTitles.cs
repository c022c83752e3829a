using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Courtesy titles of other languages, before a family name as <c>Mr.</c> and <c>Mrs.</c> are (<c>Herr Brandt</c>,
/// <c>Frau Brandt</c>, <c>Monsieur Lefèvre</c>, <c>Signora Orsini</c>, <c>Doña Inés</c>), and the gender each says.
/// Discovery's own list: the name matcher's titles stay as they are. <c>Don</c> is left out (also an English given name).
/// </summary>
internal static class CourtesyTitles
{
    private static readonly Dictionary<string, Gender> Words = new(StringComparer.Ordinal)
    {
        ["Herr"] = Gender.Male, ["Frau"] = Gender.Female, ["Fräulein"] = Gender.Female, ["Fraulein"] = Gender.Female,
        ["Monsieur"] = Gender.Male, ["Mme."] = Gender.Female, ["Mme"] = Gender.Female, ["Mlle."] = Gender.Female, ["Mlle"] = Gender.Female,
        ["Mademoiselle"] = Gender.Female, ["Signor"] = Gender.Male, ["Signore"] = Gender.Male, ["Signora"] = Gender.Female,
        ["Signorina"] = Gender.Female, ["Señor"] = Gender.Male, ["Señora"] = Gender.Female, ["Señorita"] = Gender.Female,
        ["Doña"] = Gender.Female, ["Senhor"] = Gender.Male, ["Senhora"] = Gender.Female, ["Mynheer"] = Gender.Male,
        ["Mevrouw"] = Gender.Female,
    };

    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitle(ReadOnlySpan<char> word, out Gender gender) => Lookup.TryGetValue(word, out gender);

    /// <summary>A title of the name matcher's (<c>Mr.</c>, <c>Madame</c>) or of this list (<c>Herr</c>), and the gender it says.</summary>
    public static bool IsAnyTitle(ReadOnlySpan<char> word, out Gender gender) => Honorifics.IsTitle(word, out gender) || IsTitle(word, out gender);
}
