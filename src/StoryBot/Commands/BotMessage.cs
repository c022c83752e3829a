namespace StoryBot.Commands;

/// <summary>
/// A message as a feature means it, independent of Discord: Discord and the console shell only render it.
/// Text is Discord-flavoured markdown; story text inside it must already be escaped with <see cref="Markdown.Escape"/>.
/// </summary>
public sealed record BotMessage
{
    public string? Content { get; init; }
    public IReadOnlyList<BotEmbed> Embeds { get; init; } = [];
    public IReadOnlyList<BotButtonRow> Components { get; init; } = [];

    /// <summary>Only the invoking user sees the reply (interaction replies only; ignored for channel messages).</summary>
    public bool Ephemeral { get; init; }

    /// <summary>
    /// The one role this message may ping (the daily post's configured role). Everything else is never pinged:
    /// the Discord renderer always sends <c>allowed_mentions.parse = []</c> and lists only this role.
    /// </summary>
    public ulong? AllowedRoleMention { get; init; }

    public static BotMessage Text(string content, bool ephemeral = false) => new() { Content = content, Ephemeral = ephemeral };

    public static BotMessage FromEmbed(BotEmbed embed, params IReadOnlyList<BotButtonRow> components) =>
        new() { Embeds = [embed], Components = components };
}
