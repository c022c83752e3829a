using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Model;
using StoryBot.Daily.Rotation;
using StoryBot.Data;

namespace StoryBot.Daily.Chapters;

/// <summary>Reads chapters from the stories database for the rotation, the post and its excerpt button.</summary>
public sealed class DailyChapterQuery(StoryDbContext stories)
{
    /// <summary>About this many characters of opening lines when the post shows them.</summary>
    public const int OpeningTarget = 350;

    /// <summary>The teaser shows at least this many paragraphs when the chapter has them (a one-line teaser tells nothing).</summary>
    public const int OpeningMinParagraphs = 2;

    /// <summary>The teaser is cut (at a word) beyond this many characters.</summary>
    public const int OpeningMax = 900;

    /// <summary>About this many characters per excerpt page (an embed description holds 4096).</summary>
    public const int PassageTarget = 1500;

    public async Task<IReadOnlyList<RotationCandidate>> ListCandidatesAsync(CancellationToken cancellationToken)
    {
        var rows = await stories.Chapters.AsNoTracking()
            .Select(c => new { c.Id, c.Story.Slug, c.Number, c.Story.Rating })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RotationCandidate(r.Id, ChapterKey(r.Slug, r.Number), r.Rating >= Rating.Mature))];
    }

    public async Task<DailyChapterCard?> GetCardAsync(long chapterId, CancellationToken cancellationToken)
    {
        if (chapterId is <= 0 or > int.MaxValue)
        {
            return null;
        }

        var id = (int)chapterId;
        var chapter = await stories.Chapters.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Title,
                c.WordCount,
                c.Story.Slug,
                StoryTitle = c.Story.Title,
                c.Story.Author,
                c.Story.Rating,
                c.Story.Summary,
                SourceUrl = c.SourceUrl ?? c.Story.SourceUrl,
                ChapterCount = c.Story.Chapters.Count,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (chapter is null)
        {
            return null;
        }

        var opening = await ReadParagraphsAsync(id, 0, OpeningTarget, cancellationToken, minParagraphs: OpeningMinParagraphs);
        return new DailyChapterCard(
            chapter.Id,
            ChapterKey(chapter.Slug, chapter.Number),
            chapter.StoryTitle,
            chapter.Number,
            chapter.ChapterCount,
            chapter.Title,
            chapter.Author,
            chapter.Rating,
            chapter.Summary,
            string.Join("\n\n", opening.Texts),
            chapter.WordCount,
            Uri.TryCreate(chapter.SourceUrl, UriKind.Absolute, out var url) ? url : null);
    }

    /// <summary>Paragraphs from <paramref name="fromParagraph"/> up to about <see cref="PassageTarget"/> characters.</summary>
    public async Task<DailyPassage?> GetPassageAsync(long chapterId, int fromParagraph, CancellationToken cancellationToken)
    {
        if (chapterId is <= 0 or > int.MaxValue)
        {
            return null;
        }

        var id = (int)chapterId;
        var chapter = await stories.Chapters.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.Number, c.Title, StoryTitle = c.Story.Title, c.Story.Rating })
            .FirstOrDefaultAsync(cancellationToken);
        if (chapter is null)
        {
            return null;
        }

        var run = await ReadParagraphsAsync(id, Math.Max(0, fromParagraph), PassageTarget, cancellationToken);
        return new DailyPassage(
            chapterId,
            chapter.StoryTitle,
            ChapterLabel(chapter.Number, chapter.Title),
            chapter.Rating,
            string.Join("\n\n", run.Texts),
            run.Next);
    }

    public static string ChapterKey(string storySlug, int chapterNumber) => $"{storySlug}/{chapterNumber}";

    public static string ChapterLabel(int number, string? title) =>
        string.IsNullOrWhiteSpace(title) ? $"Chapter {number}" : title.Trim();

    private async Task<(List<string> Texts, int? Next)> ReadParagraphsAsync(int chapterId, int from, int target, CancellationToken cancellationToken, int minParagraphs = 1)
    {
        // Paragraphs are short; read a bounded window and stop at the target length.
        var rows = await stories.Paragraphs.AsNoTracking()
            .Where(p => p.ChapterId == chapterId && p.Index >= from)
            .OrderBy(p => p.Index)
            .Select(p => new { p.Index, p.Text })
            .Take(40)
            .ToListAsync(cancellationToken);

        var texts = new List<string>();
        var length = 0;
        int? next = null;
        foreach (var row in rows)
        {
            if (texts.Count >= minParagraphs && length + row.Text.Length > target)
            {
                next = row.Index;
                break;
            }

            texts.Add(row.Text.Trim());
            length += row.Text.Length;
        }

        if (next is null && rows.Count == 40 && texts.Count == rows.Count)
        {
            next = rows[^1].Index + 1;
        }

        return (texts, next);
    }
}
