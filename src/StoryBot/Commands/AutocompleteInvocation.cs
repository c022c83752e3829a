namespace StoryBot.Commands;

/// <summary>
/// The user is typing into an option marked <see cref="CommandOptionDefinition.Autocomplete"/>.
/// <see cref="FocusedOption"/> is that option's name, <see cref="FocusedValue"/> what is typed so far;
/// <see cref="Options"/> holds the other options already filled in.
/// </summary>
public sealed record AutocompleteInvocation(
    CommandContext Context,
    string Name,
    string? Subcommand,
    string FocusedOption,
    string FocusedValue,
    CommandOptions Options);
