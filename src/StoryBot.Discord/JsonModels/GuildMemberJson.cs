namespace StoryBot.Discord.JsonModels;

internal sealed class GuildMemberJson
{
    public UserJson? User { get; set; }

    public string? Nick { get; set; }

    public List<ulong>? Roles { get; set; }

    /// <summary>Total permissions in the channel, a decimal string (converted by <see cref="SnowflakeConverter"/>).</summary>
    public ulong? Permissions { get; set; }
}
