using StoryBot.Corpus.Works;

namespace StoryBot.Data.Entities;

/// <summary>
/// One tag a work states about itself: a fandom, relationship, character, additional tag, warning or category, in the
/// work's order (<see cref="Position"/>) and spelling. Replaced as a whole when the work is imported again with tags.
/// </summary>
public sealed class StoryTag
{
    public int Id { get; set; }

    public int StoryId { get; set; }

    public Story Story { get; set; } = null!;

    public WorkTagKind Kind { get; set; }

    public required string Name { get; set; }

    public int Position { get; set; }
}
