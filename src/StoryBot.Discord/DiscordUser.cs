namespace StoryBot.Discord;

/// <summary>A Discord user (the parts a bot needs).</summary>
/// <param name="Id">User id.</param>
/// <param name="Username">Unique username.</param>
/// <param name="GlobalName">Display name, if set.</param>
/// <param name="IsBot">Whether the user is a bot.</param>
public sealed record DiscordUser(ulong Id, string Username, string? GlobalName, bool IsBot = false)
{
    /// <summary>The name to show: display name, else username.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;

    /// <summary>A mention string (<c>&lt;@id&gt;</c>); it never pings because allowed_mentions parse is empty.</summary>
    public string Mention => $"<@{Id}>";
}
