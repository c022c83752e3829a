namespace StoryBot.Data.Queries;

/// <summary>Stories: listing, details, lookup by what a user typed, autocomplete.</summary>
public interface IStoryCatalog
{
    Task<Page<StorySummary>> ListStoriesAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<StoryInfo?> GetStoryAsync(int storyId, CancellationToken cancellationToken);

    /// <summary>Every story with every chapter, for the <c>stories</c> CLI verb and small admin views.</summary>
    Task<IReadOnlyList<StoryInfo>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>Best story for a title or slug: exact slug, exact title, title prefix, title contains, most shared words.</summary>
    Task<StorySummary?> FindStoryAsync(string titleOrSlug, CancellationToken cancellationToken);

    /// <summary>At most 25 stories whose title starts with, then contains, <paramref name="typed"/>; value = slug.</summary>
    Task<IReadOnlyList<AutocompleteChoice>> AutocompleteStoriesAsync(string? typed, CancellationToken cancellationToken);
}
