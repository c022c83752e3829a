namespace StoryBot.Commands;

/// <summary>Button styles; values equal Discord's button style numbers.</summary>
public enum BotButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
