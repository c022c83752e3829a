namespace StoryBot.Discord.JsonModels;

/// <summary>Interaction callback of type 4 or 7 (data is a full message body) .</summary>
internal sealed class MessageCallbackJson
{
    public int Type { get; set; }

    public required MessageBodyJson Data { get; set; }
}
