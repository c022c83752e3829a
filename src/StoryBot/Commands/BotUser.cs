namespace StoryBot.Commands;

/// <summary>The user who invoked a command or pressed a button, with their resolved permissions in the channel.</summary>
public sealed record BotUser(ulong Id, string Name, BotPermissions Permissions = BotPermissions.None)
{
    /// <summary>True when the user holds <paramref name="permission"/> or is an administrator.</summary>
    public bool Has(BotPermissions permission) =>
        (Permissions & BotPermissions.Administrator) != 0 || (Permissions & permission) == permission;

    /// <summary>How to mention the user in text; renders as a name and, with empty allowed_mentions, never pings.</summary>
    public string Mention => $"<@{Id}>";
}
