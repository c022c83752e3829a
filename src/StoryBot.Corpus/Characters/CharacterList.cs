using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters;

/// <summary>The characters of a story or seed folder, from characters.json.</summary>
public sealed class CharacterList
{
    public static CharacterList Empty { get; } = new([]);

    public CharacterList(IReadOnlyList<Character> characters) => Characters = characters;

    public IReadOnlyList<Character> Characters { get; }

    /// <summary>Parses <c>{"characters":[{"name":"…","aliases":["…"],"gender":"male"}]}</c>.</summary>
    public static CharacterList Parse(string json) => throw new NotImplementedException();
}
