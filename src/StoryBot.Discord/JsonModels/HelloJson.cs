namespace StoryBot.Discord.JsonModels;

internal sealed class HelloJson
{
    public int HeartbeatInterval { get; set; }
}
