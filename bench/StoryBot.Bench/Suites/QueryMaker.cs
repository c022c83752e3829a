using StoryBot.Bench.Generation;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Deterministic search queries in the mix members type: mostly a common word, some less common words, character
/// names (renamed casts included), two words, and a quoted two-word phrase taken from the text.
/// </summary>
public static class QueryMaker
{
    public static IReadOnlyList<string> Make(GeneratedArchive archive, IReadOnlyList<string> paragraphs, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var random = SplitMix64.For(seed, 7);
        IReadOnlyList<string> words = archive.Words;
        int common = Math.Min(150, words.Count);
        var queries = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                < 4 => words[random.Next(common)],
                < 6 => words[common + random.Next(Math.Max(1, words.Count - common))],
                7 => archive.Names.Count > 0 ? random.Pick(archive.Names) : words[random.Next(common)],
                8 => $"{words[random.Next(common)]} {words[random.Next(words.Count)]}",
                9 => Phrase(random, paragraphs) ?? words[random.Next(common)],
                _ => random.Pick(words),
            });
        }

        return queries;
    }

    private static string? Phrase(SplitMix64 random, IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }

        string[] tokens = random.Pick(paragraphs).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3)
        {
            return null;
        }

        int at = random.Next(tokens.Length - 1);
        string phrase = $"{Clean(tokens[at])} {Clean(tokens[at + 1])}".Trim();
        return phrase.Contains(' ', StringComparison.Ordinal) ? $"\"{phrase}\"" : null;
    }

    private static string Clean(string token) => new([.. token.Where(char.IsLetterOrDigit)]);
}
