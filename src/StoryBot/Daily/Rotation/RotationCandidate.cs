namespace StoryBot.Daily.Rotation;

/// <summary>A chapter the rotation may choose: its id and whether its rating needs an age-restricted channel.</summary>
public readonly record struct RotationCandidate(long ChapterId, bool IsMature);
