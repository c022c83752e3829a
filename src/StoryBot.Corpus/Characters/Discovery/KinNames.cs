using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Kin words used as a name, alone and capitalised (<c>Grandad was on the gallery</c>, <c>"Yes, Mamma."</c>,
/// <c>said Nyanya</c>): they say the gender as surely as a title. (Mother, Papa, Mamma, Granny, Gran, Ma … are common words,
/// never found names: <see cref="CommonWords"/>.)
/// </summary>
internal static class KinNames
{
    private static readonly Dictionary<string, Gender> Words = new(StringComparer.Ordinal)
    {
        ["Grandad"] = Gender.Male, ["Granddad"] = Gender.Male, ["Gramps"] = Gender.Male, ["Grandpapa"] = Gender.Male,
        ["Grandmamma"] = Gender.Female, ["Grandmama"] = Gender.Female, ["Mam"] = Gender.Female, ["Nyanya"] = Gender.Female,
        ["Auntie"] = Gender.Female, ["Aunty"] = Gender.Female,
    };

    /// <summary>The gender of a one-word untitled name that is a kin word, or unknown.</summary>
    public static Gender Of(NameForm form) =>
        form.Title is null && form.Words.Length == 1 && Words.TryGetValue(form.Words[0], out var gender) ? gender : Gender.Unknown;
}
