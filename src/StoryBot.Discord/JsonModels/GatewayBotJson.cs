namespace StoryBot.Discord.JsonModels;

/// <summary>GET /gateway/bot (gateway.mdx#get-gateway-bot).</summary>
internal sealed class GatewayBotJson
{
    public string Url { get; set; } = "";

    public int Shards { get; set; }

    public SessionStartLimitJson SessionStartLimit { get; set; } = new();
}
