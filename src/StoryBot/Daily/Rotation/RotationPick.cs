namespace StoryBot.Daily.Rotation;

/// <summary>The chapter chosen for a day and the rotation cycle it belongs to.</summary>
public readonly record struct RotationPick(long ChapterId, string Key, int Cycle);
