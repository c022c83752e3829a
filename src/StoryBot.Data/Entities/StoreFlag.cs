namespace StoryBot.Data.Entities;

/// <summary>
/// A small key/value row the store keeps about itself, e.g. <see cref="SearchIndexDeferred"/> while a bulk load has
/// paused the full-text triggers (the index is rebuilt when the load ends, or at the next start after a crash).
/// </summary>
public sealed class StoreFlag
{
    public const string SearchIndexDeferred = "search-index-deferred";

    public required string Key { get; set; }

    public string? Value { get; set; }
}
