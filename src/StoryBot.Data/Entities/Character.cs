using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>A character from a characters.json list; <see cref="StoryId"/> null means the whole library (fandom-wide).</summary>
public sealed class Character
{
    public int Id { get; set; }

    public int? StoryId { get; set; }

    /// <summary>The server whose library the character belongs to (its story's, or its characters.json's); null for the shared library.</summary>
    public ulong? GuildId { get; set; }

    public Story? Story { get; set; }

    public required string Name { get; set; }

    public Gender Gender { get; set; }

    public List<CharacterAlias> Aliases { get; } = [];
}
