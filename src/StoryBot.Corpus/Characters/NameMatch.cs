namespace StoryBot.Corpus.Characters;

/// <summary>
/// A name found at a token position: <see cref="TokenCount"/> tokens long, naming <see cref="Character"/> (an index into
/// the list), or <see cref="Ambiguous"/> when the name belongs to more than one character.
/// </summary>
public readonly record struct NameMatch(int Character, int TokenCount, bool Possessive, bool Ambiguous)
{
    public static NameMatch None => default;

    public bool Success => TokenCount > 0;

    public bool IsCharacter => Success && !Ambiguous;
}
