namespace StoryBot.Data.Trivia;

/// <summary>A listed character who speaks in a story, with how many of their lines attribution is sure of.</summary>
public sealed record TriviaSpeaker(long StoryId, long CharacterId, int ConfidentLines);
