namespace StoryBot.Corpus.Characters;

/// <summary>The characters a story's lines are attributed to, each with where it came from.</summary>
public sealed class CharacterCast
{
    public CharacterCast(IReadOnlyList<FoundCharacter> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        List = new CharacterList([.. entries.Select(e => e.Character)]);
    }

    public static CharacterCast Empty { get; } = new([]);

    public IReadOnlyList<FoundCharacter> Entries { get; }

    /// <summary>The list the attributor takes (same order as <see cref="Entries"/>).</summary>
    public CharacterList List { get; }
}
