namespace StoryBot.Excerpts;

/// <summary>A paragraph of an excerpt page: its index in the chapter, its text and its scene's index.</summary>
public sealed record ExcerptParagraphRow(int Index, string Text, int Scene);
