namespace StoryBot.Discord.Messages;

/// <summary>Button styles (components reference).</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,
    /// <summary>Grey.</summary>
    Secondary = 2,
    /// <summary>Green.</summary>
    Success = 3,
    /// <summary>Red.</summary>
    Danger = 4,
    /// <summary>Navigates to a URL; has no custom_id.</summary>
    Link = 5,
}
