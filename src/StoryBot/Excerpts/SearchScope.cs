namespace StoryBot.Excerpts;

/// <summary>Limits of a search: a story, a chapter, and whether Mature/Explicit stories may be searched.</summary>
public sealed record SearchScope(int? StoryId, int? ChapterId, bool IncludeMature, int? SpeakerId = null);
