namespace StoryBot.Discord.Messages;

/// <summary>
/// An outgoing message body, as built by <see cref="MessageBuilder"/>: within every limit, and always sent with
/// <c>allowed_mentions</c> <c>{"parse":[]}</c> (plus <see cref="AllowedRoleMention"/> when set).
/// </summary>
public sealed record MessageProperties
{
    /// <summary>Text content (≤ 2000), or null to leave it unchanged on edits.</summary>
    public string? Content { get; init; }

    /// <summary>Embeds (≤ 10, ≤ 6000 characters together).</summary>
    public IReadOnlyList<EmbedProperties> Embeds { get; init; } = [];

    /// <summary>Rows of buttons (≤ 5 rows of ≤ 5). Sent as an empty list to clear buttons on edits.</summary>
    public IReadOnlyList<ActionRowProperties> Components { get; init; } = [];

    /// <summary>Only the invoking user sees it (interaction responses and follow-ups only).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>The single role this message may ping; null means nothing is pinged.</summary>
    public ulong? AllowedRoleMention { get; init; }
}
