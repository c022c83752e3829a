namespace StoryBot.Discord.Interactions;

internal sealed class InteractionRouter;
