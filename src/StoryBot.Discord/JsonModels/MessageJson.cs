namespace StoryBot.Discord.JsonModels;

/// <summary>A received message (only the fields the client uses).</summary>
internal sealed class MessageJson
{
    public ulong Id { get; set; }

    public ulong ChannelId { get; set; }

    public string? Content { get; set; }

    public UserJson? Author { get; set; }
}
