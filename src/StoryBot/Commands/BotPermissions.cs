namespace StoryBot.Commands;

/// <summary>
/// The member permissions features care about. Bit values equal Discord's permission flags
/// (docs: topics/permissions), so the Discord adapter maps them without a table.
/// </summary>
[Flags]
public enum BotPermissions : long
{
    None = 0,
    Administrator = 1L << 3,
    ManageGuild = 1L << 5,
    ManageMessages = 1L << 13,
}
