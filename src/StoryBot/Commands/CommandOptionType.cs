namespace StoryBot.Commands;

/// <summary>Option types; values equal Discord's application command option types.</summary>
public enum CommandOptionType
{
    Subcommand = 1,
    SubcommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
