namespace StoryBot.Discord.JsonModels;

internal sealed class ButtonJson
{
    public int Type { get; set; } = 2;

    public int Style { get; set; }

    public string? Label { get; set; }

    public string? CustomId { get; set; }

    public string? Url { get; set; }

    public bool? Disabled { get; set; }
}
