namespace StoryBot.Discord.Messages;

/// <summary>A rich embed, as built by <see cref="EmbedBuilder"/> (all texts within Discord's limits).</summary>
public sealed record EmbedProperties
{
    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Title link.</summary>
    public string? Url { get; init; }

    /// <summary>Colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>Footer text.</summary>
    public string? Footer { get; init; }

    /// <summary>Author name.</summary>
    public string? Author { get; init; }

    /// <summary>Thumbnail image URL.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Fields (at most 25).</summary>
    public IReadOnlyList<EmbedField> Fields { get; init; } = [];

    /// <summary>Characters counted toward the 6000 total.</summary>
    public int TextLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Length ?? 0) + (Author?.Length ?? 0)
        + Fields.Sum(f => f.Name.Length + f.Value.Length);
}
