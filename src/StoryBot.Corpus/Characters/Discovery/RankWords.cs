using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Ranks and offices used as titles (<c>Colonel Ashby</c>, <c>Queen Isra</c>, <c>Brother Oswin</c>) and as names
/// (<c>said the Captain</c>, <c>the doctor asked</c>). Discovery's own list: the name matcher's titles stay as they are.
/// </summary>
internal static class RankWords
{
    private static readonly Dictionary<string, (string Rank, Gender Gender, bool Epithet)> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["captain"] = ("captain", Gender.Unknown, true), ["capt."] = ("captain", Gender.Unknown, true),
        ["colonel"] = ("colonel", Gender.Unknown, true), ["col."] = ("colonel", Gender.Unknown, true),
        ["major"] = ("major", Gender.Unknown, true), ["general"] = ("general", Gender.Unknown, true),
        ["admiral"] = ("admiral", Gender.Unknown, true), ["commander"] = ("commander", Gender.Unknown, true),
        ["lieutenant"] = ("lieutenant", Gender.Unknown, true), ["sergeant"] = ("sergeant", Gender.Unknown, true),
        ["inspector"] = ("inspector", Gender.Unknown, true), ["superintendent"] = ("superintendent", Gender.Unknown, true),
        ["constable"] = ("constable", Gender.Unknown, true), ["detective"] = ("detective", Gender.Unknown, true),
        ["deputy"] = ("deputy", Gender.Unknown, true), ["sheriff"] = ("sheriff", Gender.Unknown, true),
        ["doctor"] = ("doctor", Gender.Unknown, true), ["dr."] = ("doctor", Gender.Unknown, true), ["dr"] = ("doctor", Gender.Unknown, true),
        ["professor"] = ("professor", Gender.Unknown, true), ["prof."] = ("professor", Gender.Unknown, true),
        ["vicar"] = ("vicar", Gender.Unknown, true), ["rector"] = ("rector", Gender.Unknown, true),
        ["reverend"] = ("reverend", Gender.Unknown, true), ["squire"] = ("squire", Gender.Unknown, true),
        ["judge"] = ("judge", Gender.Unknown, true),
        ["king"] = ("king", Gender.Male, true), ["queen"] = ("queen", Gender.Female, true),
        ["prince"] = ("prince", Gender.Male, true), ["princess"] = ("princess", Gender.Female, true),
        ["duke"] = ("duke", Gender.Male, true), ["duchess"] = ("duchess", Gender.Female, true),
        ["earl"] = ("earl", Gender.Male, true), ["count"] = ("count", Gender.Male, false), ["countess"] = ("countess", Gender.Female, true),
        ["baron"] = ("baron", Gender.Male, true), ["baroness"] = ("baroness", Gender.Female, true),
        ["marquis"] = ("marquis", Gender.Male, true), ["brother"] = ("brother", Gender.Male, false),
        ["sister"] = ("sister", Gender.Female, false), ["father"] = ("father", Gender.Male, false),
    };

    private static readonly Dictionary<string, (string Rank, Gender Gender, bool Epithet)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised rank before a name (<c>Colonel</c> Ashby, <c>Brother</c> Oswin) and the gender it says.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word, out Gender gender)
    {
        gender = Gender.Unknown;
        if (word.IsEmpty || !char.IsUpper(word[0]) || !Lookup.TryGetValue(word, out var entry))
        {
            return false;
        }

        gender = entry.Gender;
        return true;
    }

    /// <summary>The rank a title or an epithet word says (<c>Dr.</c> and <c>doctor</c> are both "doctor"), or null.</summary>
    public static string? Rank(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var entry) ? entry.Rank : null;

    /// <summary>A rank that names one person after "the" (<c>said the Captain</c>); kin and religious brothers do not.</summary>
    public static string? Epithet(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var entry) && entry.Epithet ? entry.Rank : null;
}
