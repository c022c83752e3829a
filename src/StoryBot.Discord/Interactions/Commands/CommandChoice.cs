namespace StoryBot.Discord.Interactions.Commands;

/// <summary>A fixed choice for a string, integer or number option.</summary>
/// <param name="Name">Shown to the user (1–100 characters).</param>
/// <param name="Value">String, long or double value.</param>
public sealed record CommandChoice(string Name, object Value);
