using System.Text.Json.Serialization;

namespace StoryBot.Discord.JsonModels;

/// <summary>
/// Every outgoing message body (channel messages, callback data for types 4 and 7, webhook edits and follow-ups).
/// <c>allowed_mentions</c> is non-nullable and always written.
/// </summary>
internal sealed class MessageBodyJson
{
    public string? Content { get; set; }

    public List<EmbedJson>? Embeds { get; set; }

    public List<ActionRowJson>? Components { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public AllowedMentionsJson AllowedMentions { get; set; } = new();

    public int? Flags { get; set; }
}
