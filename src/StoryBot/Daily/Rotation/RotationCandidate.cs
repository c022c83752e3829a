namespace StoryBot.Daily.Rotation;

/// <summary>
/// A chapter the rotation may choose. <see cref="Key"/> is its stable identity (<c>story-slug/chapter-number</c>), so a
/// re-import that renumbers row ids does not put already-posted chapters back in the rotation.
/// </summary>
public readonly record struct RotationCandidate(long ChapterId, string Key, bool IsMature);
