using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Data;
using StoryBot.Data.Entities;

namespace StoryBot.Stories;

/// <summary>
/// Finds stories and characters by what a user typed: an autocomplete value (the slug), the exact title, or a
/// unique part of the title. Shared by /excerpt and /story.
/// </summary>
public sealed class StoryLookup(StoryDbContext db)
{
    /// <summary>The story the user means, or null. Exact slug, then exact title, then the best title containing the text.</summary>
    public async Task<Story?> FindStoryAsync(string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        var exact = await db.Stories.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Slug == text || s.Title == text, cancellationToken).ConfigureAwait(false);
        if (exact is not null)
        {
            return exact;
        }

        var pattern = LikePattern.Contains(text);
        var candidates = await db.Stories.AsNoTracking()
            .Where(s => EF.Functions.Like(s.Title, pattern, LikePattern.Escape) || EF.Functions.Like(s.Slug, pattern, LikePattern.Escape))
            .OrderBy(s => s.Title.Length)
            .Take(1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return candidates.FirstOrDefault();
    }

    /// <summary>Stories whose title or slug contains <paramref name="typed"/>, titles starting with it first.</summary>
    public async Task<IReadOnlyList<Story>> SuggestStoriesAsync(string typed, CommandContext context, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(context);
        var text = typed.Trim();
        var query = db.Stories.AsNoTracking();
        if (!context.AllowsMatureContent)
        {
            query = query.Where(s => s.Rating < Corpus.Model.Rating.Mature);
        }

        if (text.Length > 0)
        {
            var pattern = LikePattern.Contains(text);
            query = query.Where(s => EF.Functions.Like(s.Title, pattern, LikePattern.Escape) || EF.Functions.Like(s.Slug, pattern, LikePattern.Escape));
        }

        var prefix = LikePattern.StartsWith(text);
        return await query
            .OrderByDescending(s => EF.Functions.Like(s.Title, prefix, LikePattern.Escape))
            .ThenBy(s => s.Title)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Characters (of the story, plus fandom-wide ones) whose name or alias contains <paramref name="typed"/>.</summary>
    public async Task<IReadOnlyList<Character>> FindCharactersAsync(string typed, int? storyId, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        var query = db.Characters.AsNoTracking();
        if (storyId is { } id)
        {
            query = query.Where(c => c.StoryId == id || c.StoryId == null);
        }

        if (text.Length == 0)
        {
            return await query.OrderBy(c => c.Name).Take(max).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var exact = await query
            .Where(c => c.Name == text || c.Aliases.Any(a => a.Alias == text))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pattern = LikePattern.Contains(text);
        var prefix = LikePattern.StartsWith(text);
        var partial = await query
            .Where(c => EF.Functions.Like(c.Name, pattern, LikePattern.Escape) || c.Aliases.Any(a => EF.Functions.Like(a.Alias, pattern, LikePattern.Escape)))
            .OrderByDescending(c => EF.Functions.Like(c.Name, prefix, LikePattern.Escape))
            .ThenBy(c => c.Name)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. exact.Concat(partial).DistinctBy(c => c.Id).Take(max)];
    }
}
