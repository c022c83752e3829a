namespace StoryBot.Discord.JsonModels;

internal sealed class EmbedJson
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public int? Color { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public EmbedFooterJson? Footer { get; set; }

    public EmbedAuthorJson? Author { get; set; }

    public EmbedImageJson? Thumbnail { get; set; }

    public List<EmbedFieldJson>? Fields { get; set; }
}
