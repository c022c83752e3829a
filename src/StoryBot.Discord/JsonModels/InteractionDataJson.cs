namespace StoryBot.Discord.JsonModels;

internal sealed class InteractionDataJson
{
    public ulong? Id { get; set; }

    public string? Name { get; set; }

    public int? Type { get; set; }

    public List<InteractionOptionJson>? Options { get; set; }

    public string? CustomId { get; set; }

    public int? ComponentType { get; set; }

    public List<string>? Values { get; set; }

    public ResolvedJson? Resolved { get; set; }
}
