namespace StoryBot.Discord.JsonModels;

internal sealed class UnavailableGuildJson
{
    public ulong Id { get; set; }

    public bool? Unavailable { get; set; }

    public string? Name { get; set; }

    public int? MemberCount { get; set; }
}
