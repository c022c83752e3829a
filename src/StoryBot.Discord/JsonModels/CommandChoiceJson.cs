using System.Text.Json;

namespace StoryBot.Discord.JsonModels;

internal sealed class CommandChoiceJson
{
    public string Name { get; set; } = "";

    public JsonElement Value { get; set; }
}
