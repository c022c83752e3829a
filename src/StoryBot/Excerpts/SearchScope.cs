namespace StoryBot.Excerpts;

/// <summary>
/// Limits of a search: a story, a chapter, whether Mature/Explicit stories may be searched, a speaker, only
/// paragraphs with dialogue, and whether to pick a random match instead of the best one.
/// </summary>
public sealed record SearchScope(int? StoryId, int? ChapterId, bool IncludeMature, int? SpeakerId = null)
{
    public bool DialogueOnly { get; init; }

    public bool PickRandom { get; init; }
}
