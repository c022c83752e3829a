namespace StoryBot.Data.Queries;

/// <summary>Stories: listing, details, lookup by what a user typed, autocomplete.</summary>
public interface IStoryCatalog
{
    Task<Page<StorySummary>> ListStoriesAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<StoryInfo?> GetStoryAsync(int storyId, CancellationToken cancellationToken);

    /// <summary>Every story with every chapter, for the <c>stories</c> CLI verb and small admin views.</summary>
    Task<IReadOnlyList<StoryInfo>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Best story for what a user typed: exact slug, exact title, title prefix, title contains, title or slug containing
    /// every typed word (shortest title), most shared slug words. The one "find a story" for the CLI and the bot.
    /// </summary>
    Task<StorySummary?> FindStoryAsync(string titleOrSlug, CancellationToken cancellationToken);

    /// <summary>At most 25 stories whose title or slug contains every word of <paramref name="typed"/>, title prefix first; value = slug.</summary>
    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteStoriesAsync(string? typed, CancellationToken cancellationToken);

    /// <summary>
    /// At most <paramref name="max"/> (≤ 25) stories whose title or slug contains every word of <paramref name="typed"/>
    /// (all when empty), title prefix first, then by title; Mature/Explicit ones only when <paramref name="includeMature"/>.
    /// </summary>
    Task<IReadOnlyList<StorySummary>> SuggestStoriesAsync(string? typed, bool includeMature, int max, CancellationToken cancellationToken);
}
