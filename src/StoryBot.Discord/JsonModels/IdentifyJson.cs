namespace StoryBot.Discord.JsonModels;

/// <summary>Identify (gateway-events.mdx#identify).</summary>
internal sealed class IdentifyJson
{
    public required string Token { get; set; }

    public required IdentifyPropertiesJson Properties { get; set; }

    public int[]? Shard { get; set; }

    public int Intents { get; set; }
}
