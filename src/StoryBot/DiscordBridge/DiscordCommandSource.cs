using StoryBot.Commands;
using StoryBot.Discord;
using StoryBot.Discord.Interactions.Commands;

namespace StoryBot.DiscordBridge;

/// <summary>Hands every registered feature command to the Discord client, which registers them at READY.</summary>
public sealed class DiscordCommandSource(CommandCatalog catalog) : IApplicationCommandSource
{
    public IEnumerable<ApplicationCommandDefinition> GetCommands() => catalog.Commands.Select(ToDefinition);

    public static ApplicationCommandDefinition ToDefinition(SlashCommandDefinition command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new ApplicationCommandDefinition(command.Name, command.Description)
        {
            Options = [.. command.Options.Select(ToOption)],
            DefaultMemberPermissions = command.DefaultMemberPermissions is { } permissions ? (Permissions)(ulong)permissions : null,
            AllowInDms = command.AllowInDirectMessages,
        };
    }

    private static CommandOption ToOption(CommandOptionDefinition option) =>
        new((Discord.Interactions.Commands.CommandOptionType)(int)option.Type, option.Name, option.Description)
        {
            Required = option.Required,
            Autocomplete = option.Autocomplete,
            Choices = [.. option.Choices.Select(c => new CommandChoice(c.Name, c.Value))],
            Options = [.. option.Options.Select(ToOption)],
            MinValue = option.MinValue,
            MaxValue = option.MaxValue,
            MinLength = option.MinLength,
            MaxLength = option.MaxLength,
            ChannelTypes = [.. option.ChannelTypes],
        };
}
