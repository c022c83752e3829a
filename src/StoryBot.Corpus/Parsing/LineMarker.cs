namespace StoryBot.Corpus.Parsing;

/// <summary>A classified marker line; <see cref="Heading"/> is the location (or flashback caption) it names, if any.</summary>
internal readonly record struct LineMarker(MarkerKind Kind, string? Heading = null)
{
    public static LineMarker None => default;
}
