using System.Text.Json;

namespace StoryBot.Discord.JsonModels;

internal sealed class InteractionOptionJson
{
    public string Name { get; set; } = "";

    public int Type { get; set; }

    public JsonElement? Value { get; set; }

    public List<InteractionOptionJson>? Options { get; set; }

    public bool? Focused { get; set; }
}
