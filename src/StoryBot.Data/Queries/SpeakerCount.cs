namespace StoryBot.Data.Queries;

/// <summary>A character and how many attributed lines they have in the scope asked for.</summary>
public sealed record SpeakerCount(int CharacterId, string Name, int Lines);
