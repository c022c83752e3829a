namespace StoryBot.Commands;

/// <summary>
/// What is registered with Discord (and listed by /help). <see cref="DefaultMemberPermissions"/> hides admin
/// commands from members without the permission; handlers must still check <see cref="BotUser.Has"/> server-side.
/// </summary>
public sealed record SlashCommandDefinition(string Name, string Description)
{
    public IReadOnlyList<CommandOptionDefinition> Options { get; init; } = [];

    /// <summary>Null: everyone. Otherwise the permissions a member needs by default (docs: application-commands, "Permissions").</summary>
    public BotPermissions? DefaultMemberPermissions { get; init; }

    /// <summary>Subcommands that are slow and private (uploads): deferred at once as an ephemeral reply, then edited.</summary>
    public IReadOnlyList<string> DeferEphemerally { get; init; } = [];

    /// <summary>Whether the command can be used in DMs with the bot.</summary>
    public bool AllowInDirectMessages { get; init; } = true;

    /// <summary>The order /help lists commands in (lower first), then by name.</summary>
    public int HelpOrder { get; init; } = 100;

    /// <summary>
    /// Whether the handler reads the story library. False (e.g. /help) skips resolving the server's
    /// <see cref="CommandContext.Library"/> before the handler runs: no store context and no query for that interaction.
    /// </summary>
    public bool ReadsLibrary { get; init; } = true;
}
