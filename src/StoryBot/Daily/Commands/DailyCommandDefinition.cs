using StoryBot.Commands;

namespace StoryBot.Daily.Commands;

/// <summary>
/// <c>/daily set|off|status|preview</c>. Discord applies <c>default_member_permissions</c> to the whole command, so
/// all of it is hidden from members without Manage Server (0x20); <c>set</c> and <c>off</c> check it again
/// server-side, <c>status</c> and <c>preview</c> are read-only and allowed wherever an admin lets people use it.
/// </summary>
public static class DailyCommandDefinition
{
    public const string Name = "daily";
    public const string Set = "set";
    public const string Off = "off";
    public const string Status = "status";
    public const string Preview = "preview";
    public const string ChannelOption = "channel";
    public const string TimeOption = "time";
    public const string TimeZoneOption = "timezone";
    public const string RoleOption = "role";

    /// <summary>Text (0) and announcement (5) channels.</summary>
    private static readonly IReadOnlyList<int> PostableChannels = [0, 5];

    public static SlashCommandDefinition Definition { get; } = new(Name, "Chapter of the day: one story chapter posted every day")
    {
        DefaultMemberPermissions = BotPermissions.ManageGuild,
        AllowInDirectMessages = false,
        HelpOrder = 40,
        Options =
        [
            CommandOptionDefinition.Subcommand(
                Set,
                "Post a chapter every day in a channel, at a time in your time zone",
                new CommandOptionDefinition(ChannelOption, "Where to post", CommandOptionType.Channel)
                {
                    Required = true,
                    ChannelTypes = PostableChannels,
                },
                new CommandOptionDefinition(TimeOption, "Time of day, 24-hour HH:mm, e.g. 09:00 or 18:30", CommandOptionType.String)
                {
                    Required = true,
                    MinLength = 3,
                    MaxLength = 5,
                },
                CommandOptionDefinition.String(TimeZoneOption, "Your time zone, e.g. Europe/Berlin or America/New_York", required: true, autocomplete: true),
                new CommandOptionDefinition(RoleOption, "A role to ping with each post (optional)", CommandOptionType.Role)),
            CommandOptionDefinition.Subcommand(Off, "Stop posting the chapter of the day"),
            CommandOptionDefinition.Subcommand(Status, "When the next chapter of the day is posted, and where"),
            CommandOptionDefinition.Subcommand(Preview, "Show only you what the next chapter of the day will look like"),
        ],
    };
}
