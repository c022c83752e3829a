namespace StoryBot.Discord.JsonModels;

internal sealed class DeferredCallbackDataJson
{
    public int? Flags { get; set; }
}
