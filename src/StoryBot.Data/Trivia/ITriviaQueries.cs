using StoryBot.Data.Libraries;

namespace StoryBot.Data.Trivia;

/// <summary>
/// The reads trivia makes (scoped, one <see cref="StoryDbContext"/>): every one for a <see cref="LibraryScope"/>, so a
/// question and its wrong answers only come from stories the channel's server may see. Works on both stores.
/// </summary>
public interface ITriviaQueries
{
    /// <summary>The fingerprint and id ranges of the whole store (primary-key lookups only).</summary>
    Task<TriviaSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>The scope's catalog; speakers count lines whose every span is at least <paramref name="minConfidence"/>.</summary>
    Task<TriviaCatalogRows> ReadCatalogAsync(LibraryScope library, double minConfidence, CancellationToken cancellationToken);

    /// <summary>The quoted spans of some chapters (null: every chapter of the scope).</summary>
    Task<IReadOnlyList<TriviaSpan>> ReadSpansAsync(LibraryScope library, IReadOnlyList<int>? chapterIds, CancellationToken cancellationToken);

    /// <summary>Paragraphs of passage length (<paramref name="minWords"/>–<paramref name="maxWords"/>) of some chapters (null: all).</summary>
    Task<IReadOnlyList<TriviaPassage>> ReadPassagesAsync(LibraryScope library, IReadOnlyList<int>? chapterIds, int minWords, int maxWords, CancellationToken cancellationToken);

    /// <summary>The chapter of the first spoken line at or after the seek (wrapping), or null when the scope has none.</summary>
    Task<long?> FindSpeechChapterAsync(LibraryScope library, TriviaSeek seek, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> passage-length paragraphs at or after the seek (wrapping).</summary>
    Task<IReadOnlyList<TriviaPassage>> FindPassagesAsync(LibraryScope library, TriviaSeek seek, int count, int minWords, int maxWords, CancellationToken cancellationToken);
}
