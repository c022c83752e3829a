namespace StoryBot.Discord.JsonModels;

/// <summary>Ready (gateway-events.mdx#ready).</summary>
internal sealed class ReadyJson
{
    public int V { get; set; }

    public UserJson? User { get; set; }

    public List<UnavailableGuildJson>? Guilds { get; set; }

    public string SessionId { get; set; } = "";

    public string? ResumeGatewayUrl { get; set; }

    public int[]? Shard { get; set; }

    public PartialApplicationJson? Application { get; set; }
}
