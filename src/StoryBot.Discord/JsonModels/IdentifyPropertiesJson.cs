namespace StoryBot.Discord.JsonModels;

internal sealed class IdentifyPropertiesJson
{
    public required string Os { get; set; }

    public required string Browser { get; set; }

    public required string Device { get; set; }
}
