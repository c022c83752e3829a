namespace StoryBot.Corpus.Works;

/// <summary>A heading found at <see cref="Line"/>; <see cref="BodyLine"/> is the first line after it (and its title line).</summary>
internal readonly record struct HeadingLine(int Line, int BodyLine, HeadingKind Kind, int? Number, string? Title);
