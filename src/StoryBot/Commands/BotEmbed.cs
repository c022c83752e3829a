namespace StoryBot.Commands;

/// <summary>A rich embed. Limits follow Discord's (title 256, description 4096, 25 fields, footer 2048).</summary>
public sealed record BotEmbed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Uri? Url { get; init; }

    /// <summary>RGB colour, e.g. 0x5865F2.</summary>
    public int? Color { get; init; }

    public string? Author { get; init; }
    public IReadOnlyList<BotEmbedField> Fields { get; init; } = [];
    public string? Footer { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
}
