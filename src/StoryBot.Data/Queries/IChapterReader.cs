namespace StoryBot.Data.Queries;

/// <summary>Reading chapters: by number, paragraphs by range (excerpt paging), a random paragraph.</summary>
public interface IChapterReader
{
    Task<ChapterSummary?> GetChapterAsync(int storyId, int number, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="count"/> paragraphs from <paramref name="fromIndex"/> (chapter-wide index), in order.</summary>
    Task<IReadOnlyList<ParagraphView>> GetParagraphsAsync(int chapterId, int fromIndex, int count, CancellationToken cancellationToken);

    Task<ParagraphView?> GetParagraphAsync(int paragraphId, CancellationToken cancellationToken);

    /// <summary>
    /// A random story paragraph of at least <paramref name="minWords"/> words, from one story or the whole library;
    /// every paragraph is equally likely. Null when none qualifies.
    /// </summary>
    Task<ParagraphView?> GetRandomParagraphAsync(int? storyId, int minWords, Random random, CancellationToken cancellationToken);
}
