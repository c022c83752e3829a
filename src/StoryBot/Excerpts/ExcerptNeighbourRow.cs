namespace StoryBot.Excerpts;

/// <summary>Another chapter of the same story, for the "previous/next chapter" buttons.</summary>
public sealed record ExcerptNeighbourRow(int Id, int Number, int ParagraphCount);
