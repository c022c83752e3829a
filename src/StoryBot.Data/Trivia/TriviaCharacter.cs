namespace StoryBot.Data.Trivia;

/// <summary>A listed character (from characters.json): one id, one display name, any number of aliases.</summary>
public sealed record TriviaCharacter(long Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The name and every alias, for masking and for "same person under two names" checks.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name).Where(name => !string.IsNullOrWhiteSpace(name));
}
