namespace StoryBot.Discord.JsonModels;

internal sealed class ActionRowJson
{
    public int Type { get; set; } = 1;

    public List<ButtonJson> Components { get; set; } = [];
}
