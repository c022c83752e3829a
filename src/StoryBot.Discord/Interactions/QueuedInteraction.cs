using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Interactions;

/// <summary>An interaction waiting for a worker, with the <see cref="TimeProvider"/> timestamp of its arrival.</summary>
internal readonly record struct QueuedInteraction(InteractionJson Json, long ReceivedAt);
