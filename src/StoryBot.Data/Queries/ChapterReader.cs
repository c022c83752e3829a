using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Queries;

public sealed class ChapterReader(StoryDbContext db) : IChapterReader
{
    private const int MaxParagraphs = 200;
    private const int RandomAttempts = 8;

    public Task<ChapterSummary?> GetChapterAsync(int storyId, int number, CancellationToken cancellationToken) =>
        db.Chapters
            .Where(c => c.StoryId == storyId && c.Number == number)
            .OrderBy(c => c.Id)
            .Select(c => new ChapterSummary(c.Id, c.StoryId, c.Number, c.Title, c.FileName, c.WordCount, c.SceneCount, c.ParagraphCount,
                c.DialogueCount, c.EncodingName, c.ContentHash, c.SourceUrl, c.ImportedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ParagraphView>> GetParagraphsAsync(int chapterId, int fromIndex, int count, CancellationToken cancellationToken)
    {
        count = Math.Clamp(count, 0, MaxParagraphs);
        return await db.Paragraphs
            .Where(p => p.ChapterId == chapterId && p.Index >= fromIndex)
            .OrderBy(p => p.Index)
            .Take(count)
            .Views()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<ParagraphView?> GetParagraphAsync(int paragraphId, CancellationToken cancellationToken) =>
        db.Paragraphs.Where(p => p.Id == paragraphId).Views().FirstOrDefaultAsync(cancellationToken);

    public async Task<ParagraphView?> GetRandomParagraphAsync(int? storyId, int minWords, Random random, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(random);

        // Chapters with their paragraph counts (small even for a big archive), then a weighted pick and one indexed lookup.
        var chapters = await db.Chapters
            .Where(c => storyId == null || c.StoryId == storyId)
            .Where(c => c.ParagraphCount > 0)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.ParagraphCount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        long total = chapters.Sum(c => (long)c.ParagraphCount);
        if (total == 0)
        {
            return null;
        }

        for (int attempt = 0; attempt < RandomAttempts; attempt++)
        {
            long pick = random.NextInt64(total);
            foreach (var chapter in chapters)
            {
                if (pick < chapter.ParagraphCount)
                {
                    int index = (int)pick;
                    ParagraphView? view = await db.Paragraphs
                        .Where(p => p.ChapterId == chapter.Id && p.Index >= index && p.WordCount >= minWords)
                        .OrderBy(p => p.Index)
                        .Views()
                        .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                    if (view is not null)
                    {
                        return view;
                    }

                    break;
                }

                pick -= chapter.ParagraphCount;
            }
        }

        // Long tail: the first paragraph long enough anywhere in scope.
        return await db.Paragraphs
            .Where(p => (storyId == null || p.Chapter.StoryId == storyId) && p.WordCount >= minWords)
            .OrderBy(p => p.Id)
            .Views()
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
