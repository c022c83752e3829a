using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Bench.Generation;

/// <summary>
/// A renamed cast: every word of every character's list name gets a new invented word (the same word everywhere, so
/// "Hyuga" stays one family), applied to story text as whole, case-sensitive words. Cast 0 keeps the seed names.
/// </summary>
public sealed partial class Cast
{
    private static readonly string[] Syllables =
        ["ka", "ra", "to", "mi", "shi", "no", "ri", "ha", "se", "yu", "ki", "na", "ta", "ze", "ro", "ku", "me", "sa", "ji", "ho", "ga", "re", "mo", "fu"];

    private readonly Dictionary<string, string> _words;
    private readonly Regex? _pattern;

    private Cast(int index, Dictionary<string, string> words, CharacterList characters)
    {
        Index = index;
        _words = words;
        Characters = characters;
        _pattern = words.Count == 0
            ? null
            : new Regex($@"\b(?:{string.Join('|', words.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape))})\b", RegexOptions.CultureInvariant);
    }

    public int Index { get; }

    /// <summary>The renamed character list (written as the cast folder's characters.json).</summary>
    public CharacterList Characters { get; }

    /// <summary>The names characters go by in this cast, for search queries.</summary>
    public IEnumerable<string> NameWords => _words.Count == 0 ? Characters.Characters.SelectMany(c => c.Name.Split(' ')) : _words.Values;

    public static Cast Create(CharacterList seed, int index, ulong randomSeed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (index == 0)
        {
            return new Cast(0, words, seed);
        }

        var random = SplitMix64.For(randomSeed, 1000 + (ulong)index);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in seed.Characters.SelectMany(c => c.Name.Split(' ')).Concat(seed.Characters.SelectMany(c => c.Aliases.Where(a => IsPlainName(a) && !a.Contains(' ', StringComparison.Ordinal)))))
        {
            if (!IsPlainName(word) || words.ContainsKey(word))
            {
                continue;
            }

            string invented;
            do
            {
                invented = Invent(random, word.Length <= 4 ? 2 : 3);
            }
            while (!used.Add(invented));
            words[word] = invented;
        }

        var characters = seed.Characters
            .Select(c => new Character(Rename(c.Name, words), [.. c.Aliases.Select(a => Rename(a, words))], c.Gender))
            .ToList();
        return new Cast(index, words, new CharacterList(characters));
    }

    public string Apply(string text) => _pattern is null ? text : _pattern.Replace(text, m => _words[m.Value]);

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("characters");
            foreach (Character character in Characters.Characters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", character.Name);
                writer.WriteStartArray("aliases");
                foreach (string alias in character.Aliases)
                {
                    writer.WriteStringValue(alias);
                }

                writer.WriteEndArray();
                writer.WriteString("gender", character.Gender.ToString().ToLowerInvariant());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Rename(string name, Dictionary<string, string> words) =>
        string.Join(' ', name.Split(' ').Select(w => words.GetValueOrDefault(w, w)));

    /// <summary>A capitalised word of letters only (not "Baa-chan", not "no").</summary>
    private static bool IsPlainName(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && text.All(c => char.IsLetter(c) || c == ' ');

    private static string Invent(SplitMix64 random, int syllables)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < syllables; i++)
        {
            builder.Append(random.Pick(Syllables));
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}
