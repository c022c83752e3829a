namespace StoryBot.Discord.Messages;

/// <summary>Builds an embed, truncating every text at a word boundary to Discord's limits.</summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private EmbedProperties _embed = new();

    /// <summary>Sets the title (≤ 256).</summary>
    public EmbedBuilder WithTitle(string? title)
    {
        _embed = _embed with { Title = Clip(title, DiscordLimits.EmbedTitle) };
        return this;
    }

    /// <summary>Sets the description (≤ 4096).</summary>
    public EmbedBuilder WithDescription(string? description)
    {
        _embed = _embed with { Description = Clip(description, DiscordLimits.EmbedDescription) };
        return this;
    }

    /// <summary>Sets the title link.</summary>
    public EmbedBuilder WithUrl(Uri? url)
    {
        _embed = _embed with { Url = url?.AbsoluteUri };
        return this;
    }

    /// <summary>Sets the colour (0xRRGGBB).</summary>
    public EmbedBuilder WithColor(int rgb)
    {
        _embed = _embed with { Color = rgb & 0xFFFFFF };
        return this;
    }

    /// <summary>Sets the footer text (≤ 2048).</summary>
    public EmbedBuilder WithFooter(string? footer)
    {
        _embed = _embed with { Footer = Clip(footer, DiscordLimits.FooterText) };
        return this;
    }

    /// <summary>Sets the author name (≤ 256).</summary>
    public EmbedBuilder WithAuthor(string? author)
    {
        _embed = _embed with { Author = Clip(author, DiscordLimits.AuthorName) };
        return this;
    }

    /// <summary>Sets the thumbnail.</summary>
    public EmbedBuilder WithThumbnail(Uri? url)
    {
        _embed = _embed with { ThumbnailUrl = url?.AbsoluteUri };
        return this;
    }

    /// <summary>Sets the timestamp.</summary>
    public EmbedBuilder WithTimestamp(DateTimeOffset? timestamp)
    {
        _embed = _embed with { Timestamp = timestamp };
        return this;
    }

    /// <summary>Adds a field (name ≤ 256, value ≤ 1024); fields past the 25th are dropped. Empty texts become "\u200b".</summary>
    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        if (_fields.Count < DiscordLimits.EmbedFields)
        {
            _fields.Add(new EmbedField(
                NonEmpty(TextTruncation.Truncate(name, DiscordLimits.FieldName)),
                NonEmpty(TextTruncation.Truncate(value, DiscordLimits.FieldValue)),
                inline));
        }

        return this;
    }

    /// <summary>The embed.</summary>
    public EmbedProperties Build() => _embed with { Fields = [.. _fields] };

    private static string? Clip(string? text, int max) => text is null ? null : TextTruncation.Truncate(text, max);

    // Discord rejects empty field names/values; a zero-width space is the documented workaround.
    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? "\u200b" : text;
}
