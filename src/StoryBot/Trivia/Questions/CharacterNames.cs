using StoryBot.Data.Trivia;
using System.Text.RegularExpressions;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// Every listed character's names and aliases, compiled once per corpus: which characters a text names, masking names
/// out of a passage, and whether two list entries are the same person under two names.
/// </summary>
internal sealed partial class CharacterNames
{
    public const string Mask = "▇▇▇";

    private readonly Dictionary<long, Regex> _patterns;
    private readonly Dictionary<long, HashSet<string>> _namesById;
    private readonly Regex? _anyName;

    /// <summary>
    /// Per character, the first word of each name, lower-cased; null when a name has no plain ASCII first word (then its
    /// pattern is always tried). A name can only match where its first word is a whole word of the text, so the
    /// patterns of characters none of whose first words occur are skipped: the same answers, far fewer regex runs.
    /// </summary>
    private readonly Dictionary<long, string[]?> _firstWords;
    private readonly HashSet<string>? _anyFirstWords;
    private Tuple<string, HashSet<string>>? _lastWords;

    public CharacterNames(IEnumerable<TriviaCharacter> characters)
    {
        var list = characters.ToList();
        _namesById = list.ToDictionary(
            character => character.Id,
            character => character.AllNames.Select(name => name.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        _patterns = list.ToDictionary(character => character.Id, character => Compile(character.AllNames));
        _anyName = list.Count == 0 ? null : Compile(list.SelectMany(character => character.AllNames));
        _firstWords = list.ToDictionary(character => character.Id, character => FirstWords(character.AllNames));
        _anyFirstWords = _firstWords.Values.Any(words => words is null) ? null : _firstWords.Values.SelectMany(words => words!).ToHashSet(StringComparer.Ordinal);
        Tokens = list.SelectMany(character => character.AllNames)
            .SelectMany(TriviaText.Tokens)
            .Select(TriviaText.Normalize)
            .Where(token => token.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every word of every name, lower-cased: "rock", "lee", "naruto", "uzumaki".</summary>
    public IReadOnlySet<string> Tokens { get; }

    /// <summary>True when <paramref name="text"/> contains one of the character's names or aliases as whole words.</summary>
    public bool Mentions(long characterId, string text) =>
        _patterns.TryGetValue(characterId, out var pattern) && MayMention(characterId, text) && pattern.IsMatch(text);

    /// <summary>Replaces every listed name and alias (with a possessive) by <see cref="Mask"/>.</summary>
    public string MaskAll(string text) =>
        _anyName is null || (_anyFirstWords is not null && !_anyFirstWords.Overlaps(WordsOf(text))) ? text : _anyName.Replace(text, Mask);

    /// <summary>Two list entries are one person when they share a name or an alias ("Kyuubi" listed twice).</summary>
    public bool SamePerson(long first, long second) =>
        first == second
        || (_namesById.TryGetValue(first, out var a) && _namesById.TryGetValue(second, out var b) && a.Overlaps(b));

    /// <summary>Where a name occurs as a whole word; longest names first so "Rock Lee" wins over "Lee".</summary>
    public IEnumerable<(long CharacterId, Match Match)> Occurrences(string text) =>
        _patterns.Where(pair => MayMention(pair.Key, text)).SelectMany(pair => pair.Value.Matches(text).Select(match => (pair.Key, match)));

    private static readonly Regex NeverMatches = new("(?!)", RegexOptions.None, TimeSpan.FromSeconds(1));

    private bool MayMention(long characterId, string text)
    {
        if (!_firstWords.TryGetValue(characterId, out var first) || first is null)
        {
            return true;
        }

        var words = WordsOf(text);
        return first.Any(words.Contains);
    }

    /// <summary>The text's words (runs of \w), lower-cased; the last text's are kept, as one text is checked against many names.</summary>
    private HashSet<string> WordsOf(string text)
    {
        var last = Volatile.Read(ref _lastWords);
        if (last is not null && ReferenceEquals(last.Item1, text))
        {
            return last.Item2;
        }

        var words = WordRun().Matches(text).Select(match => match.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Volatile.Write(ref _lastWords, Tuple.Create(text, words));
        return words;
    }

    private static string[]? FirstWords(IEnumerable<string> names)
    {
        var firsts = new List<string>();
        foreach (var name in names)
        {
            var first = WordRun().Match(name);
            if (!first.Success || !first.Value.All(char.IsAscii))
            {
                return null;
            }

            firsts.Add(first.Value.ToLowerInvariant());
        }

        return [.. firsts.Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRun();

    private static Regex Compile(IEnumerable<string> names)
    {
        var alternatives = names
            .Select(name => name.Trim())
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(name => name.Length)
            .Select(Regex.Escape)
            .ToList();
        if (alternatives.Count == 0)
        {
            return NeverMatches;
        }

        var pattern = $@"(?<![\w])(?:{string.Join('|', alternatives)})(?:['’]s)?(?![\w])";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
