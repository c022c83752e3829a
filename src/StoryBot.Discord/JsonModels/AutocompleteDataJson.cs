namespace StoryBot.Discord.JsonModels;

internal sealed class AutocompleteDataJson
{
    public List<CommandChoiceJson> Choices { get; set; } = [];
}
