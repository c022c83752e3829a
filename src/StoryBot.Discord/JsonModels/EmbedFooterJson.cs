namespace StoryBot.Discord.JsonModels;

internal sealed class EmbedFooterJson
{
    public string Text { get; set; } = "";
}
