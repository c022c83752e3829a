using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// "said the Captain", "the doctor replied": a rank or title used as a name, when exactly one listed character carries
/// it (<c>Captain Halloway</c>, <c>Dr. Grey</c>). Two characters with the title, or none, leave the tag a mention.
/// </summary>
internal static class TitleEpithets
{
    private const int Ambiguous = -2;

    private static readonly Dictionary<string, string> Ranks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["captain"] = "captain", ["capt."] = "captain", ["colonel"] = "colonel", ["col."] = "colonel", ["major"] = "major",
        ["general"] = "general", ["admiral"] = "admiral", ["commander"] = "commander", ["lieutenant"] = "lieutenant",
        ["sergeant"] = "sergeant", ["inspector"] = "inspector", ["superintendent"] = "superintendent",
        ["doctor"] = "doctor", ["dr."] = "doctor", ["dr"] = "doctor", ["professor"] = "professor", ["prof."] = "professor",
        ["vicar"] = "vicar", ["rector"] = "rector", ["squire"] = "squire", ["judge"] = "judge", ["sheriff"] = "sheriff",
        ["duke"] = "duke", ["duchess"] = "duchess", ["earl"] = "earl", ["countess"] = "countess", ["baron"] = "baron",
        ["baroness"] = "baroness", ["marquis"] = "marquis", ["marchioness"] = "marchioness", ["viscount"] = "viscount",
        ["viscountess"] = "viscountess", ["king"] = "king", ["queen"] = "queen", ["prince"] = "prince", ["princess"] = "princess",
        ["emperor"] = "emperor", ["empress"] = "empress", ["archdeacon"] = "archdeacon", ["archbishop"] = "archbishop",
        ["bishop"] = "bishop", ["dean"] = "dean", ["canon"] = "canon", ["chaplain"] = "chaplain", ["parson"] = "parson",
        ["curate"] = "curate", ["abbot"] = "abbot", ["abbess"] = "abbess", ["governor"] = "governor", ["mayor"] = "mayor",
        ["magistrate"] = "magistrate", ["constable"] = "constable", ["chancellor"] = "chancellor", ["alderman"] = "alderman",
        ["reverend"] = "reverend", ["rev."] = "reverend",
    };

    /// <summary>Rank → the one character that carries it (or <see cref="Ambiguous"/>).</summary>
    public static Dictionary<string, int> Build(IReadOnlyList<Character> characters)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < characters.Count; c++)
        {
            var mine = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in characters[c].Aliases.Prepend(characters[c].Name))
            {
                var trimmed = name.Trim();
                if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    trimmed = trimmed[4..].TrimStart();
                }

                var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
                var first = space < 0 ? trimmed : trimmed[..space];
                if (Ranks.TryGetValue(first, out var rank))
                {
                    mine.Add(rank);
                }
            }

            foreach (var rank in mine)
            {
                map[rank] = map.ContainsKey(rank) ? Ambiguous : c;
            }
        }

        return map;
    }

    /// <summary>The character "the Captain" names, or -1.</summary>
    public static int Resolve(ReadOnlySpan<char> mention, Dictionary<string, int> map)
    {
        if (map.Count == 0 || !mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var word = mention[4..].Trim();
        return word.IsEmpty || word.Contains(' ') ? -1 : ResolveRank(word, map);
    }

    /// <summary>The character a rank word ("Archdeacon") names, or -1.</summary>
    public static int ResolveRank(ReadOnlySpan<char> word, Dictionary<string, int> map)
    {
        var lookup = Ranks.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var rank) && map.TryGetValue(rank, out var character) && character >= 0 ? character : -1;
    }
}
