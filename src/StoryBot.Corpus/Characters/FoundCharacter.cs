namespace StoryBot.Corpus.Characters;

/// <summary>
/// One entry of a story's character list and its evidence: <see cref="Speaks"/> counts speech tags naming it in the text
/// (<c>said Marguerite</c>, <c>Mrs. Hale replied</c>), <see cref="Mentions"/> the times its names appear in narration.
/// </summary>
public sealed record FoundCharacter(Model.Character Character, CharacterSource Source, int Speaks, int Mentions);
