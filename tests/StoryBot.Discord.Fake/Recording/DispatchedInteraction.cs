namespace StoryBot.Discord.Fake.Recording;

/// <summary>An interaction dispatched from an <see cref="Interactions.InteractionTemplate"/>: its id, token and gateway sequence number.</summary>
public sealed record DispatchedInteraction(ulong Id, string Token, long Sequence);
