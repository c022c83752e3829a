namespace StoryBot.Discord.Messages;

/// <summary>One row of at most five buttons.</summary>
/// <param name="Buttons">The buttons.</param>
public sealed record ActionRowProperties(IReadOnlyList<ButtonProperties> Buttons);
