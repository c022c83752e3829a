namespace StoryBot.Data.Entities;

/// <summary>Another name a character goes by ("Kyuubi" for "Kurama").</summary>
public sealed class CharacterAlias
{
    public int Id { get; set; }

    public int CharacterId { get; set; }

    public Character Character { get; set; } = null!;

    public required string Alias { get; set; }
}
