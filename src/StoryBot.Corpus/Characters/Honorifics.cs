using System.Runtime.CompilerServices;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters;

/// <summary>Japanese honorific suffixes (Naruto-kun, Tsunade-sama, Tsunade-baa-chan) and English titles (Mr. Weasley).</summary>
internal static class Honorifics
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "kun", "chan", "san", "sama", "sensei", "senpai", "sempai", "dono", "nii", "nee", "niisan", "neesan", "nii-san",
        "nee-san", "baa", "obaa", "baachan", "jii", "jiji", "ojii", "hime", "tan", "chin", "shishou", "shisho", "sensi",
    };

    private static readonly WordSet SuffixLookup = new(Suffixes);

    private static readonly Dictionary<string, Model.Gender> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr."] = Model.Gender.Male, ["Mr"] = Model.Gender.Male, ["Sir"] = Model.Gender.Male, ["Lord"] = Model.Gender.Male,
        ["Master"] = Model.Gender.Male, ["Uncle"] = Model.Gender.Male, ["Mrs."] = Model.Gender.Female, ["Mrs"] = Model.Gender.Female,
        ["Ms."] = Model.Gender.Female, ["Ms"] = Model.Gender.Female, ["Miss"] = Model.Gender.Female, ["Lady"] = Model.Gender.Female,
        ["Madam"] = Model.Gender.Female, ["Madame"] = Model.Gender.Female, ["Aunt"] = Model.Gender.Female, ["Dame"] = Model.Gender.Female,
        ["Dr."] = Model.Gender.Unknown, ["Dr"] = Model.Gender.Unknown, ["Professor"] = Model.Gender.Unknown, ["Prof."] = Model.Gender.Unknown,
        ["Captain"] = Model.Gender.Unknown, ["Doctor"] = Model.Gender.Unknown,
    };

    private static readonly WordMap<Model.Gender> TitleLookup = new(Titles);

    public static bool IsTitle(ReadOnlySpan<char> word, out Model.Gender gender) => TitleLookup.TryGetValue(word, out gender);

    /// <summary>A title as discovery lists it: <c>Mr</c> and <c>Mr.</c> are one spelling (<c>Mr.</c>), <c>Dr</c> is <c>Dr.</c>.</summary>
    public static string Canonical(ReadOnlySpan<char> title) =>
        title.Equals("Mr", StringComparison.Ordinal) ? "Mr." : title.Equals("Mrs", StringComparison.Ordinal) ? "Mrs."
        : title.Equals("Ms", StringComparison.Ordinal) ? "Ms." : title.Equals("Dr", StringComparison.Ordinal) ? "Dr." : title.ToString();

    /// <summary>Strips a possessive ('s, s') and then honorific suffixes, leaving at least one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Base(ReadOnlySpan<char> word, out bool possessive)
    {
        possessive = false;
        if (word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] is 's' or 'S')
        {
            word = word[..^2];
            possessive = true;
        }

        while (true)
        {
            var dash = word.LastIndexOf('-');
            if (dash <= 0 || !SuffixLookup.Contains(word[(dash + 1)..]))
            {
                return word;
            }

            word = word[..dash];
        }
    }
}
