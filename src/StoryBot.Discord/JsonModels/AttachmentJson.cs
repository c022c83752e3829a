namespace StoryBot.Discord.JsonModels;

/// <summary>A file attached to an interaction (an attachment option), as Discord describes it.</summary>
internal sealed class AttachmentJson
{
    public ulong Id { get; set; }

    public string Filename { get; set; } = "";

    public long Size { get; set; }

    public string Url { get; set; } = "";

    public string? ContentType { get; set; }
}
