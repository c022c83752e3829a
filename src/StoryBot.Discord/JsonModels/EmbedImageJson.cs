namespace StoryBot.Discord.JsonModels;

internal sealed class EmbedImageJson
{
    public string Url { get; set; } = "";
}
