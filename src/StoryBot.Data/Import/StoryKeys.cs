namespace StoryBot.Data.Import;

/// <summary>
/// Which stored story a file is (issue 12): its title and author. The key is the title's slug ("second-chances"), so
/// the same work again — in another format, another file name, its title in capitals — is the same story; when the
/// library already holds a story of that title by another author, the work is its own story, keyed
/// "second-chances-by-quietfox" (shown with its title as written). A file or a story without an author matches by title.
/// </summary>
internal static class StoryKeys
{
    /// <param name="storedAuthor">The author of the story stored under a slug: null when there is none, "" when it has no author.</param>
    public static string Resolve(string title, string? author, Func<string, string?> storedAuthor)
    {
        ArgumentNullException.ThrowIfNull(storedAuthor);
        string slug = Slugs.From(title);
        if (string.IsNullOrWhiteSpace(author) || storedAuthor(slug) is not { Length: > 0 } stored || SameAuthor(stored, author))
        {
            return slug;
        }

        return $"{slug}-by-{Slugs.From(author)}";
    }

    /// <summary>Authors compare as slugs: "Hester Vale", "hester vale" and "Hester  Vale." are one author.</summary>
    public static bool SameAuthor(string a, string b) => string.Equals(Slugs.From(a), Slugs.From(b), StringComparison.Ordinal);

    /// <summary>
    /// For a folder import: another file, still on disk, that holds the same work — chapters of this whole work's story
    /// (<paramref name="stored"/>: path and number) with the numbers this file has. Such a file is skipped with a reason,
    /// so the work is stored once and stays so across imports; a one-chapter file (a later chapter) never is.
    /// </summary>
    public static string? SameWorkElsewhere(PreparedChapter prepared, IEnumerable<(string SourcePath, int Number)> stored, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(exists);
        if (prepared.Parts.Count < 2)
        {
            return null;
        }

        var numbers = prepared.Parts.Select(p => p.Metadata.ChapterNumber).OfType<int>().ToHashSet();
        return stored
            .Where(c => numbers.Contains(c.Number) && !string.Equals(c.SourcePath, prepared.File.FullPath, StringComparison.Ordinal))
            .Select(c => c.SourcePath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(exists);
    }
}
