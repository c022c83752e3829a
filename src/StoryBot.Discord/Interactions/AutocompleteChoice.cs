namespace StoryBot.Discord.Interactions;

/// <summary>One autocomplete suggestion. Name is truncated to 100 characters; at most 25 are sent.</summary>
/// <param name="Name">Shown to the user.</param>
/// <param name="Value">Sent back as the option value (string options; max 100 characters).</param>
public sealed record AutocompleteChoice(string Name, string Value);
