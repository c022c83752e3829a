namespace StoryBot.Discord.JsonModels;

internal sealed class PartialApplicationJson
{
    public ulong Id { get; set; }
}
