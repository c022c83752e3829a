namespace StoryBot.Discord.JsonModels;

internal sealed class CommandOptionJson
{
    public int Type { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public bool? Required { get; set; }

    public bool? Autocomplete { get; set; }

    public List<CommandChoiceJson>? Choices { get; set; }

    public List<CommandOptionJson>? Options { get; set; }

    public double? MinValue { get; set; }

    public double? MaxValue { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public List<int>? ChannelTypes { get; set; }
}
