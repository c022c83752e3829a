using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Kin words used as a name, alone and capitalised (<c>Grandad was on the gallery</c>, <c>said Mamma</c>,
/// <c>"Yes, Mother."</c>, <c>said Nyanya</c>): they say the gender as surely as a title. The everyday ones (Mother, Papa,
/// Mamma, Granny …) are also common words (<see cref="CommonWords"/>: <c>her mother</c>), so they are read as a name
/// only alone — not before a name (<c>Father Brown</c>) nor after a determiner — and listed only when the text uses them
/// as one (capitalised mid-sentence more than in lower case, like any name).
/// </summary>
internal static class KinNames
{
    private static readonly Dictionary<string, Gender> Words = new(StringComparer.Ordinal)
    {
        ["Grandad"] = Gender.Male, ["Granddad"] = Gender.Male, ["Gramps"] = Gender.Male, ["Grandpapa"] = Gender.Male,
        ["Grandmamma"] = Gender.Female, ["Grandmama"] = Gender.Female, ["Mam"] = Gender.Female, ["Nyanya"] = Gender.Female,
        ["Auntie"] = Gender.Female, ["Aunty"] = Gender.Female,
    };

    /// <summary>Kin words that are also common words: a name only alone.</summary>
    private static readonly Dictionary<string, Gender> CommonKin = new(StringComparer.Ordinal)
    {
        ["Mother"] = Gender.Female, ["Mamma"] = Gender.Female, ["Mama"] = Gender.Female, ["Mummy"] = Gender.Female,
        ["Mommy"] = Gender.Female, ["Mum"] = Gender.Female, ["Mom"] = Gender.Female, ["Ma"] = Gender.Female,
        ["Grandmother"] = Gender.Female, ["Granny"] = Gender.Female, ["Grandma"] = Gender.Female, ["Gran"] = Gender.Female,
        ["Nana"] = Gender.Female, ["Father"] = Gender.Male, ["Papa"] = Gender.Male, ["Pappa"] = Gender.Male,
        ["Daddy"] = Gender.Male, ["Dad"] = Gender.Male, ["Pa"] = Gender.Male, ["Grandfather"] = Gender.Male,
        ["Grandpa"] = Gender.Male,
    };

    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = CommonKin.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The gender of a one-word untitled name that is a kin word, or unknown.</summary>
    public static Gender Of(NameForm form) =>
        form.Title is null && form.Words.Length == 1 && (Words.TryGetValue(form.Words[0], out var gender) || CommonKin.TryGetValue(form.Words[0], out gender))
            ? gender : Gender.Unknown;

    /// <summary>An everyday kin word as a one-word untitled name (<c>Mamma</c>, <c>Ma</c>).</summary>
    public static bool IsCommon(NameForm form) => form.Title is null && form.Words.Length == 1 && CommonKin.ContainsKey(form.Words[0]);

    /// <summary>
    /// The everyday kin word at <paramref name="i"/> used alone as a name (<c>said Mamma</c>, <c>Mamma's</c>), or null:
    /// capitalised, not before a name word (<c>Father Brown</c>), not after a determiner (<c>the Mother</c>).
    /// </summary>
    public static string? Alone(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int i)
    {
        var word = Honorifics.Base(tokens[i].Span(text), out _);
        if (!CommonLookup.TryGetValue(word, out _) || (i > 0 && tokens[i - 1].IsWord && NameWords.IsDeterminer(tokens[i - 1].Span(text))) ||
            (i + 1 < tokens.Length && NameWords.Read(text, tokens, inQuote, i + 1, inQuote[i], out _, out _) is not null))
        {
            return null;
        }

        return word.ToString();
    }
}
