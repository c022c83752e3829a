namespace StoryBot.Excerpts;

/// <summary>A paragraph of an excerpt page: its index in the chapter, its text, its scene's index and heading.</summary>
public sealed record ExcerptParagraphRow(int Index, string Text, int Scene, string? SceneHeading);
