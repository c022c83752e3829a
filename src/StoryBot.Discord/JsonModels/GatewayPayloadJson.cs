using System.Text.Json;

namespace StoryBot.Discord.JsonModels;

/// <summary>A received gateway payload (gateway-events.mdx#payload-structure).</summary>
internal sealed class GatewayPayloadJson
{
    public int Op { get; set; }

    public JsonElement D { get; set; }

    public int? S { get; set; }

    public string? T { get; set; }
}
