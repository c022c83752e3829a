namespace StoryBot.Discord.JsonModels;

internal sealed class EmbedFieldJson
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";

    public bool? Inline { get; set; }
}
