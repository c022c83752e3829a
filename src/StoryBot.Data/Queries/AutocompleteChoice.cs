namespace StoryBot.Data.Queries;

/// <summary>A Discord autocomplete choice: what the user sees and the value sent back (a slug or an id).</summary>
public sealed record AutocompleteChoice(string Name, string Value);
