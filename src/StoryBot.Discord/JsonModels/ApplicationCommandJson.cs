namespace StoryBot.Discord.JsonModels;

/// <summary>An application command, sent in bulk overwrite and read back from GET (only compared fields).</summary>
internal sealed class ApplicationCommandJson
{
    public ulong? Id { get; set; }

    public ulong? GuildId { get; set; }

    public int Type { get; set; } = 1;

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<CommandOptionJson>? Options { get; set; }

    public ulong? DefaultMemberPermissions { get; set; }

    public bool? Nsfw { get; set; }

    public List<int>? Contexts { get; set; }

    public List<int>? IntegrationTypes { get; set; }
}
