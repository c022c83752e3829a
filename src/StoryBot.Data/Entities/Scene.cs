namespace StoryBot.Data.Entities;

/// <summary>Paragraphs between two scene breaks; <see cref="Heading"/> keeps a location heading such as "Inside the Seal".</summary>
public sealed class Scene
{
    public int Id { get; set; }

    public int ChapterId { get; set; }

    public Chapter Chapter { get; set; } = null!;

    public int Index { get; set; }

    public string? Heading { get; set; }

    /// <summary>True when the scene sits between flashback markers.</summary>
    public bool IsFlashback { get; set; }

    public List<Paragraph> Paragraphs { get; } = [];
}
