namespace StoryBot.Discord.Interactions.Commands;

internal sealed class CommandRegistrar;
