namespace StoryBot.Discord.Interactions.Commands;

/// <summary>Application command option types (application-commands.mdx#application-command-option-type).</summary>
public enum CommandOptionType
{
    /// <summary>SUB_COMMAND.</summary>
    Subcommand = 1,
    /// <summary>SUB_COMMAND_GROUP.</summary>
    SubcommandGroup = 2,
    /// <summary>STRING.</summary>
    String = 3,
    /// <summary>INTEGER (-2^53..2^53).</summary>
    Integer = 4,
    /// <summary>BOOLEAN.</summary>
    Boolean = 5,
    /// <summary>USER.</summary>
    User = 6,
    /// <summary>CHANNEL.</summary>
    Channel = 7,
    /// <summary>ROLE.</summary>
    Role = 8,
    /// <summary>MENTIONABLE.</summary>
    Mentionable = 9,
    /// <summary>NUMBER (double).</summary>
    Number = 10,
    /// <summary>ATTACHMENT.</summary>
    Attachment = 11,
}
