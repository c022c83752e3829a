using StoryBot.Data.Trivia;
using StoryBot.Data.Libraries;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// Reads what trivia needs from the story database. The only seam between trivia and the story data. The catalog
/// (stories, chapters, characters, who speaks where) is small and kept; text is read a slice at a time, so a 100 MB
/// library never sits in memory. Every call is limited to one <see cref="LibraryScope"/>: the catalog, the slices and
/// so every question and every wrong answer come only from the libraries the channel may see.
/// </summary>
public interface ITriviaCorpusSource
{
    /// <summary>The library's catalog; the same instance until the library changes (an import, a removal).</summary>
    Task<TriviaCatalog> LoadCatalogAsync(LibraryScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// The lines (every kind, merged as in <see cref="TriviaCorpus"/>) and passage-length paragraphs of the given
    /// chapters, with their text; null means the whole library.
    /// </summary>
    Task<TriviaRows> LoadChaptersAsync(LibraryScope scope, IReadOnlyCollection<long>? chapterIds, bool lines, bool passages, CancellationToken cancellationToken);

    /// <summary>
    /// The chapter of the first spoken line at or after <paramref name="position"/> (0 ≤ position &lt; 1, a fraction of
    /// the line id range; wraps around), skipping Mature/Explicit stories when asked; null when there is none.
    /// </summary>
    Task<long?> FindSpeechChapterAsync(LibraryScope scope, double position, bool excludeAdult, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> passage-length paragraphs from <paramref name="position"/> on (wraps around).</summary>
    Task<IReadOnlyList<TriviaPassage>> FindPassagesAsync(LibraryScope scope, double position, int count, bool excludeAdult, CancellationToken cancellationToken);
}
