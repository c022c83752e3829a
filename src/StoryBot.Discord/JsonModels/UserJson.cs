namespace StoryBot.Discord.JsonModels;

internal sealed class UserJson
{
    public ulong Id { get; set; }

    public string Username { get; set; } = "";

    public string? GlobalName { get; set; }

    public bool? Bot { get; set; }

    public DiscordUser ToUser() => new(Id, Username, GlobalName, Bot ?? false);
}
