namespace StoryBot.Commands;

/// <summary>What a <see cref="CommandRegistration"/> routes.</summary>
public enum CommandRegistrationKind
{
    SlashCommand,
    Component,
    Autocomplete,
}
