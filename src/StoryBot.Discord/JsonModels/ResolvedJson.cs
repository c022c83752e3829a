namespace StoryBot.Discord.JsonModels;

/// <summary>An interaction's resolved data: the objects its options name by id (only attachments are read).</summary>
internal sealed class ResolvedJson
{
    public Dictionary<string, AttachmentJson>? Attachments { get; set; }
}
