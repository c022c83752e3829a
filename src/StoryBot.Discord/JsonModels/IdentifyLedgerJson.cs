using System.Text.Json.Serialization;

namespace StoryBot.Discord.JsonModels;

/// <summary>Stored form of <see cref="Gateway.IdentifyLedger"/>.</summary>
internal sealed class IdentifyLedgerJson
{
    [JsonPropertyName("next_allowed")]
    public Dictionary<string, DateTimeOffset> NextAllowed { get; set; } = new(StringComparer.Ordinal);

    [JsonPropertyName("remaining")]
    public int? Remaining { get; set; }

    [JsonPropertyName("total")]
    public int? Total { get; set; }

    [JsonPropertyName("reset_at")]
    public DateTimeOffset? ResetAt { get; set; }

    [JsonPropertyName("observed_at")]
    public DateTimeOffset? ObservedAt { get; set; }
}
