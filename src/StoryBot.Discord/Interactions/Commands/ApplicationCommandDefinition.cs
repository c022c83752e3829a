namespace StoryBot.Discord.Interactions.Commands;

/// <summary>A CHAT_INPUT (slash) command definition, registered by bulk overwrite at READY.</summary>
public sealed record ApplicationCommandDefinition
{
    /// <summary>Creates a command.</summary>
    public ApplicationCommandDefinition(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>1–32 lowercase characters.</summary>
    public string Name { get; init; }

    /// <summary>1–100 characters.</summary>
    public string Description { get; init; }

    /// <summary>Options or subcommands (at most 25).</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>Permissions a member needs by default (null: everyone; <see cref="Permissions.None"/>: admins only).</summary>
    public Permissions? DefaultMemberPermissions { get; init; }

    /// <summary>Whether the command is age-restricted.</summary>
    public bool Nsfw { get; init; }

    /// <summary>False to hide the command in DMs (contexts = [GUILD] only).</summary>
    public bool AllowInDms { get; init; }
}
