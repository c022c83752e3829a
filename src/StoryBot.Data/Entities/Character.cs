using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>A character from a characters.json list; <see cref="StoryId"/> null means the whole library (fandom-wide).</summary>
public sealed class Character
{
    public int Id { get; set; }

    public int? StoryId { get; set; }

    public Story? Story { get; set; }

    public required string Name { get; set; }

    public Gender Gender { get; set; }

    public List<CharacterAlias> Aliases { get; } = [];
}
