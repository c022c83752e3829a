namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// A work's Character tags as characters: <c>Uzumaki Naruto</c> and <c>Naruto Uzumaki</c> are one (fandom order),
/// a fandom suffix is dropped (<c>Loki (Marvel)</c>), relationship and generic tags (<c>Original Character(s)</c>,
/// <c>Reader</c>) are not people of the story.
/// </summary>
internal static class TagCharacters
{
    private static readonly string[] Generic =
    [
        "original character", "original characters", "original female character", "original male character", "original character(s)",
        "original female character(s)", "original male character(s)", "oc", "ocs", "reader", "you", "everyone", "other characters",
        "ensemble", "various", "others", "background characters", "minor characters", "other(s)", "author", "narrator",
    ];

    public static List<string> Names(IReadOnlyList<string> tags)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.Contains('/', StringComparison.Ordinal) || tag.Contains('&', StringComparison.Ordinal))
            {
                continue;
            }

            var name = tag.Trim();
            if (Generic.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var paren = name.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0)
            {
                name = name[..paren].Trim();
            }

            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length is 0 or > 5 || Generic.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            name = string.Join(' ', words);

            // Uzumaki Naruto and Naruto Uzumaki are one character: the key is the sorted words.
            var key = string.Join(' ', words.Order(StringComparer.OrdinalIgnoreCase));
            if (seen.Add(key))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
