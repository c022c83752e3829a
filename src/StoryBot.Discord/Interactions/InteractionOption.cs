using StoryBot.Discord.Interactions.Commands;

namespace StoryBot.Discord.Interactions;

/// <summary>A leaf option value the user gave (subcommand wrappers are flattened away).</summary>
/// <param name="Name">Option name.</param>
/// <param name="Type">Option type.</param>
/// <param name="RawValue">The value as text (numbers in invariant culture, ids as decimal strings).</param>
/// <param name="Focused">True for the option being typed during autocomplete.</param>
public sealed record InteractionOption(string Name, CommandOptionType Type, string RawValue, bool Focused = false);
