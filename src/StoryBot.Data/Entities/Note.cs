using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>An author's note, disclaimer or footnote of a chapter: kept, never served as story text.</summary>
public sealed class Note
{
    public int Id { get; set; }

    public int ChapterId { get; set; }

    public Chapter Chapter { get; set; } = null!;

    public NoteKind Kind { get; set; }

    public int? Number { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public required string Text { get; set; }
}
