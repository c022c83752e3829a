using System.Text.Json;

namespace StoryBot.Discord.JsonModels;

/// <summary>A received gateway payload (gateway-events.mdx#payload-structure).</summary>
internal sealed class GatewayPayloadJson
{
    public int Op { get; set; }

    public JsonElement D { get; set; }

    /// <summary>Sequence number: "?integer" with no bound (gateway-events.mdx), so 64-bit.</summary>
    public long? S { get; set; }

    public string? T { get; set; }
}
