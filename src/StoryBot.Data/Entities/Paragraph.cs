namespace StoryBot.Data.Entities;

/// <summary>
/// A paragraph of story text. <see cref="Index"/> counts across the chapter from 0; <see cref="Start"/> and
/// <see cref="Length"/> locate it in the decoded chapter file (UTF-16 code units). Indexed for full-text search.
/// </summary>
public sealed class Paragraph
{
    public int Id { get; set; }

    public int ChapterId { get; set; }

    public Chapter Chapter { get; set; } = null!;

    public int SceneId { get; set; }

    public Scene Scene { get; set; } = null!;

    public int Index { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public required string Text { get; set; }

    public int WordCount { get; set; }

    public List<DialogueLine> DialogueLines { get; } = [];
}
