namespace StoryBot.Discord.JsonModels;

/// <summary>Interaction (receiving-and-responding.mdx#interaction-object).</summary>
internal sealed class InteractionJson
{
    public ulong Id { get; set; }

    public ulong ApplicationId { get; set; }

    public int Type { get; set; }

    public InteractionDataJson? Data { get; set; }

    public ulong? GuildId { get; set; }

    public PartialChannelJson? Channel { get; set; }

    public ulong? ChannelId { get; set; }

    public GuildMemberJson? Member { get; set; }

    public UserJson? User { get; set; }

    public string Token { get; set; } = "";

    public int Version { get; set; }

    public MessageJson? Message { get; set; }

    public string? Locale { get; set; }
}
