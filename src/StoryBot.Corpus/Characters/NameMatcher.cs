using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters;

/// <summary>
/// Finds character names in tokenised text. Understands honorific suffixes (Naruto-kun), possessives (Naruto's),
/// family-name-first order (Uzumaki Naruto), titles (Mr. Weasley), and the first or last word of a list name as an implied
/// alias when only one character has it (aliases imply nothing: "Fourth Hokage" must not make "Fourth" a name). A name shared by two characters matches as <see cref="NameMatch.Ambiguous"/>.
/// </summary>
public sealed class NameMatcher
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "no", "of", "the", "de", "van", "von", "da", "le", "la", "del" };

    private readonly IReadOnlyList<Character> _characters;
    private readonly string?[] _titles;
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, List<Entry>> _byFirstIgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _ignoreCase;

    public NameMatcher(IReadOnlyList<Character> characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        _characters = characters;
        _titles = new string?[characters.Count];
        var explicitNames = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var impliedNames = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var c = 0; c < characters.Count; c++)
        {
            foreach (var name in characters[c].Aliases.Prepend(characters[c].Name))
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                if (ReferenceEquals(name, characters[c].Name) && words.Length >= 2 && Honorifics.IsTitle(words[0], out _))
                {
                    _titles[c] = words[0];
                }

                Add(explicitNames, string.Join(' ', words), c);
                if (words.Length >= 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && char.IsUpper(words[1][0]))
                {
                    Add(explicitNames, string.Join(' ', words[1..]), c); // "the Konsul" in a list is "the Konsul" in the narration too
                }

                if (words.Length == 2 && !Honorifics.IsTitle(words[0], out _))
                {
                    Add(explicitNames, words[1] + " " + words[0], c); // Uzumaki Naruto
                }

                if (words.Length >= 2 && ReferenceEquals(name, characters[c].Name))
                {
                    foreach (var word in new[] { words[0], words[^1] })
                    {
                        if (!Particles.Contains(word) && !Honorifics.IsTitle(word, out _))
                        {
                            Add(impliedNames, word, c);
                        }
                    }
                }
            }
        }

        foreach (var (name, owners) in explicitNames)
        {
            AddEntry(name, owners);
        }

        foreach (var (name, owners) in impliedNames)
        {
            if (!explicitNames.ContainsKey(name))
            {
                AddEntry(name, owners);
            }
        }

        foreach (var list in _byFirst.Values.Concat(_byFirstIgnoreCase.Values))
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // longest match first
        }

        _exact = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _ignoreCase = _byFirstIgnoreCase.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<Character> Characters => _characters;

    /// <summary>The name starting at <paramref name="index"/>, if any. <paramref name="ignoreCase"/> accepts "said lee".</summary>
    public NameMatch Match(string text, IReadOnlyList<Token> tokens, int index, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ReadOnlySpan<Token> span = tokens switch
        {
            List<Token> list => CollectionsMarshal.AsSpan(list),
            Token[] array => array,
            _ => [.. tokens],
        };
        return Match(text, span, index, ignoreCase);
    }

    /// <summary>As <see cref="Match(string, IReadOnlyList{Token}, int, bool)"/>, over a span of tokens (no interface calls per token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public NameMatch Match(string text, ReadOnlySpan<Token> tokens, int index, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (index < 0 || index >= tokens.Length || !tokens[index].IsWord ||
            (!ignoreCase && !char.IsUpper(text[tokens[index].Start]) && !NameParticles.Contains(tokens[index].Span(text)))) // said van der Berg
        {
            return NameMatch.None;
        }

        var match = MatchAt(text, tokens, index, ignoreCase);
        if (match.Success)
        {
            return match;
        }

        // A title and a name: Mr. Weasley, Lady Tsunade. A gendered title picks among characters sharing the name.
        if (Honorifics.IsTitle(tokens[index].Span(text), out var titleGender) && index + 1 < tokens.Length)
        {
            var inner = MatchAt(text, tokens, index + 1, ignoreCase, titleGender, tokens[index].Span(text));
            if (inner.Success)
            {
                return inner with { TokenCount = inner.TokenCount + 1 };
            }
        }

        return NameMatch.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NameMatch MatchAt(string text, ReadOnlySpan<Token> tokens, int index, bool ignoreCase, Gender titleGender = Gender.Unknown, ReadOnlySpan<char> title = default)
    {
        var first = tokens[index].Span(text);
        var lookup = ignoreCase || NameParticles.Contains(first) ? _ignoreCase : _exact; // de Vaucourt, De Vaucourt
        if (!lookup.TryGetValue(first, out var entries))
        {
            var stripped = Honorifics.Base(first, out _);
            if (stripped.Length == first.Length || !lookup.TryGetValue(stripped, out entries))
            {
                return NameMatch.None;
            }
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var entry in entries)
        {
            if (index + entry.Words.Length > tokens.Length)
            {
                continue;
            }

            var possessive = false;
            var matched = true;
            for (var k = 0; k < entry.Words.Length && matched; k++)
            {
                var token = tokens[index + k];
                if (!token.IsWord)
                {
                    matched = false;
                    break;
                }

                var word = token.Span(text);
                if (word.Equals(entry.Words[k], comparison) || (word.Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase) && NameParticles.Contains(word)))
                {
                    continue;
                }

                var stripped = Honorifics.Base(word, out var isPossessive);
                matched = k == entry.Words.Length - 1 && stripped.Equals(entry.Words[k], comparison);
                possessive = isPossessive;
            }

            if (!matched)
            {
                continue;
            }

            // "Mr. Hale" is not the listed "Mrs. Hale": a title in the text that contradicts the one in the list name.
            if (!title.IsEmpty && OnlyConflictingTitles(entry.Owners, title))
            {
                return new NameMatch(-1, entry.Words.Length, possessive, Ambiguous: true);
            }

            var owner = !title.IsEmpty && (entry.Owners.Length > 1 || titleGender != Gender.Unknown)
                ? SingleCompatible(entry.Owners, title, titleGender)
                : entry.Owners.Length == 1 ? entry.Owners[0] : -1;
            return owner >= 0
                ? new NameMatch(owner, entry.Words.Length, possessive, Ambiguous: false)
                : new NameMatch(-1, entry.Words.Length, possessive, Ambiguous: true);
        }

        return NameMatch.None;
    }

    private bool OnlyConflictingTitles(int[] owners, ReadOnlySpan<char> title)
    {
        foreach (var owner in owners)
        {
            if (!TitleConflicts(owner, title))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the list name's own title contradicts <paramref name="title"/>: Mr., Mrs., Miss and Ms. are four different
    /// people (Mr. Thornby, Miss Thornby), and a gendered title never names someone of the other gender (Sir vs Lady).
    /// </summary>
    private bool TitleConflicts(int owner, ReadOnlySpan<char> title)
    {
        var own = _titles[owner];
        if (own is null || own.AsSpan().TrimEnd('.').Equals(title.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Honorifics.IsTitle(own, out var ownGender);
        Honorifics.IsTitle(title, out var gender);
        return (IsFamilyTitle(own) && IsFamilyTitle(title)) || (ownGender != Gender.Unknown && gender != Gender.Unknown && ownGender != gender);
    }

    private static bool IsFamilyTitle(ReadOnlySpan<char> title) =>
        title.TrimEnd('.') is var t && (t.Equals("Mr", StringComparison.OrdinalIgnoreCase) || t.Equals("Mrs", StringComparison.OrdinalIgnoreCase) ||
                                        t.Equals("Miss", StringComparison.OrdinalIgnoreCase) || t.Equals("Ms", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The one owner whose list-name title does not contradict <paramref name="title"/> and, when the title is gendered,
    /// whose gender is that one; -1 when none or several (no closure: this runs per capitalised word).
    /// </summary>
    private int SingleCompatible(int[] owners, ReadOnlySpan<char> title, Gender gender)
    {
        // When the list itself names people by title and surname (Mr. Thornby, Miss Thornby), another "Mrs. Thornby" is
        // none of the untitled Thornbys either: only the same title picks.
        var titledList = false;
        if (IsFamilyTitle(title))
        {
            foreach (var owner in owners)
            {
                titledList |= _titles[owner] is { } own && IsFamilyTitle(own);
            }
        }

        var found = -1;
        foreach (var owner in owners)
        {
            var ownerGender = _characters[owner].Gender;
            if (TitleConflicts(owner, title) || (titledList && _titles[owner] is null) ||
                (gender != Gender.Unknown && ownerGender != gender && (owners.Length > 1 || ownerGender != Gender.Unknown)))
            {
                continue;
            }

            if (found >= 0)
            {
                return -1;
            }

            found = owner;
        }

        return found;
    }

    private static void Add(Dictionary<string, HashSet<int>> names, string name, int character)
    {
        if (!names.TryGetValue(name, out var owners))
        {
            names[name] = owners = [];
        }

        owners.Add(character);
    }

    private void AddEntry(string name, HashSet<int> owners)
    {
        var entry = new Entry(name.Split(' '), [.. owners.Order()]);
        Append(_byFirst, entry);
        Append(_byFirstIgnoreCase, entry);
    }

    private static void Append(Dictionary<string, List<Entry>> index, Entry entry)
    {
        if (!index.TryGetValue(entry.Words[0], out var list))
        {
            index[entry.Words[0]] = list = [];
        }

        list.Add(entry);
    }

    private sealed record Entry(string[] Words, int[] Owners);
}
