namespace StoryBot.Corpus.Model;

/// <summary>A character from a characters.json list: a list name, aliases and an optional gender.</summary>
public sealed record Character(string Name, IReadOnlyList<string> Aliases, Gender Gender = Gender.Unknown);
