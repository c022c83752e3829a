namespace StoryBot.Discord.JsonModels;

/// <summary>Interaction callback of type 8.</summary>
internal sealed class AutocompleteCallbackJson
{
    public int Type { get; set; } = 8;

    public AutocompleteDataJson Data { get; set; } = new();
}
