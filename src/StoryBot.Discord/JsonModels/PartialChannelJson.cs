namespace StoryBot.Discord.JsonModels;

internal sealed class PartialChannelJson
{
    public ulong Id { get; set; }

    public int Type { get; set; }

    public ulong? GuildId { get; set; }

    public string? Name { get; set; }

    public bool? Nsfw { get; set; }
}
