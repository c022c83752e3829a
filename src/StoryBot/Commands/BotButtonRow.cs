namespace StoryBot.Commands;

/// <summary>An action row of up to five buttons.</summary>
public sealed record BotButtonRow(IReadOnlyList<BotButton> Buttons)
{
    public static BotButtonRow Of(params IReadOnlyList<BotButton> buttons) => new(buttons);
}
