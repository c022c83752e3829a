namespace StoryBot.Discord.JsonModels;

internal sealed class EmbedAuthorJson
{
    public string Name { get; set; } = "";
}
