namespace StoryBot.Commands;

/// <summary>
/// A button. <see cref="CustomId"/> (≤ 100 characters) carries the state needed to handle a press, e.g.
/// <c>ex:n:42:17</c>, so buttons keep working after the interaction token expires and after a restart.
/// It starts with the prefix of the <see cref="IComponentHandler"/> that handles it. Link buttons have a
/// <see cref="Url"/> and no custom id.
/// </summary>
public sealed record BotButton(string Label, string? CustomId, BotButtonStyle Style = BotButtonStyle.Secondary)
{
    public bool Disabled { get; init; }

    /// <summary>A unicode emoji shown before the label, e.g. "📖".</summary>
    public string? Emoji { get; init; }

    public Uri? Url { get; init; }
}
