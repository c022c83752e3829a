namespace StoryBot.Discord.Messages;

/// <summary>A button. Create with <see cref="Create"/> or <see cref="CreateLink"/>, which enforce the limits.</summary>
public sealed record ButtonProperties
{
    private ButtonProperties(ButtonStyle style, string label, string? customId, string? url, bool disabled)
    {
        Style = style;
        Label = label;
        CustomId = customId;
        Url = url;
        Disabled = disabled;
    }

    /// <summary>Style.</summary>
    public ButtonStyle Style { get; }

    /// <summary>Label, at most 80 characters.</summary>
    public string Label { get; }

    /// <summary>The custom_id sent back on click (non-link buttons), at most 100 characters.</summary>
    public string? CustomId { get; }

    /// <summary>Target of a link button.</summary>
    public string? Url { get; }

    /// <summary>Whether the button is greyed out.</summary>
    public bool Disabled { get; init; }

    /// <summary>An interactive button. The label is truncated to 80; a custom_id over 100 characters is a bug and throws.</summary>
    public static ButtonProperties Create(string customId, string label, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        if (customId.Length > DiscordLimits.CustomId)
        {
            throw new ArgumentException($"custom_id is {customId.Length} characters; Discord allows {DiscordLimits.CustomId}.", nameof(customId));
        }

        if (style == ButtonStyle.Link)
        {
            throw new ArgumentException("Use CreateLink for link buttons.", nameof(style));
        }

        return new(style, TextTruncation.Truncate(label, DiscordLimits.ButtonLabel), customId, null, disabled);
    }

    /// <summary>A link button.</summary>
    public static ButtonProperties CreateLink(Uri url, string label)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new(ButtonStyle.Link, TextTruncation.Truncate(label, DiscordLimits.ButtonLabel), null, url.AbsoluteUri, false);
    }
}
