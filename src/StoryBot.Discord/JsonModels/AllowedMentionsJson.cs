using System.Text.Json.Serialization;

namespace StoryBot.Discord.JsonModels;

/// <summary>Allowed mentions: <c>parse</c> is always written, always empty.</summary>
internal sealed class AllowedMentionsJson
{
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public List<string> Parse { get; set; } = [];

    public List<ulong>? Roles { get; set; }
}
