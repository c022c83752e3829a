namespace StoryBot.Data.Queries;

/// <summary>Characters: who is in a story, what they say, autocomplete.</summary>
public interface ICharacterQueries
{
    /// <summary>
    /// Characters of a story (its own plus library-wide ones that speak in it), or of the whole library when
    /// <paramref name="storyId"/> is null; with line counts in that scope, most lines first.
    /// </summary>
    Task<IReadOnlyList<CharacterView>> GetCharactersAsync(int? storyId, CancellationToken cancellationToken);

    /// <summary>Lines attributed to a character with at least <paramref name="minConfidence"/>, in reading order.</summary>
    Task<IReadOnlyList<SpokenLine>> GetLinesAsync(int characterId, int? storyId, double minConfidence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Characters (of the story plus library-wide ones) named exactly <paramref name="typed"/> first, then those whose
    /// name or alias contains it (names starting with it first); all characters by name when nothing is typed.
    /// </summary>
    Task<IReadOnlyList<Entities.Character>> FindCharactersAsync(string typed, int? storyId, int max, CancellationToken cancellationToken);

    /// <summary>At most 25 characters whose name or alias starts with, then contains, <paramref name="typed"/>; value = id.</summary>
    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteCharactersAsync(string? typed, int? storyId, CancellationToken cancellationToken);
}
