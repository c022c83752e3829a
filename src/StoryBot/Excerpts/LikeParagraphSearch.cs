using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Model;
using StoryBot.Data;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

/// <summary>
/// Paragraph search with LIKE: every word must occur; the paragraph with the most occurrences per length wins.
/// Used when the full-text index is not available.
/// </summary>
public sealed class LikeParagraphSearch(StoryDbContext db) : IParagraphSearch
{
    public async Task<ParagraphHit?> FindBestAsync(string query, SearchScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var terms = SearchHighlighter.Terms(query);
        if (terms.Count == 0)
        {
            return null;
        }

        var paragraphs = db.Paragraphs.AsNoTracking();
        if (scope.StoryId is { } storyId)
        {
            paragraphs = paragraphs.Where(p => p.Chapter.StoryId == storyId);
        }

        if (scope.ChapterId is { } chapterId)
        {
            paragraphs = paragraphs.Where(p => p.ChapterId == chapterId);
        }

        if (!scope.IncludeMature)
        {
            paragraphs = paragraphs.Where(p => p.Chapter.Story.Rating < Rating.Mature);
        }

        if (scope.SpeakerId is { } speaker)
        {
            paragraphs = paragraphs.Where(p => p.DialogueLines.Any(d => d.SpeakerId == speaker));
        }

        foreach (var term in terms)
        {
            var pattern = LikePattern.Contains(term);
            paragraphs = paragraphs.Where(p => EF.Functions.Like(p.Text, pattern, LikePattern.Escape));
        }

        var candidates = await paragraphs
            .OrderBy(p => p.Id)
            .Take(200)
            .Select(p => new { p.ChapterId, p.Index, p.Text })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var best = candidates
            .OrderByDescending(p => Score(p.Text, terms))
            .FirstOrDefault();
        return best is null ? null : new ParagraphHit(best.ChapterId, best.Index);
    }

    private static double Score(string text, IReadOnlyList<string> terms)
    {
        var count = 0;
        foreach (var term in terms)
        {
            var at = 0;
            while ((at = text.IndexOf(term, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                count++;
                at += term.Length;
            }
        }

        return count / Math.Sqrt(Math.Max(50, text.Length));
    }
}
