namespace StoryBot.Data.Trivia;

/// <summary>
/// What changes when chapters are imported, re-imported or removed: chapter count and latest import, the newest line id,
/// and the character and story counts. Equal fingerprints mean a cached trivia catalog is still right.
/// </summary>
public readonly record struct TriviaFingerprint(long Chapters, string? LastImport, long LastLine, long Characters, long Stories);
