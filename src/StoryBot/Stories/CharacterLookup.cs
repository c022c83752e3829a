using Microsoft.EntityFrameworkCore;
using StoryBot.Data;
using StoryBot.Data.Entities;

namespace StoryBot.Stories;

/// <summary>
/// Finds characters by what a user typed, for /excerpt. Stories are found by the data layer's
/// <see cref="Data.Queries.IStoryCatalog"/> (<c>FindStoryAsync</c>, <c>SuggestStoriesAsync</c>).
/// </summary>
public sealed class CharacterLookup(StoryDbContext db)
{
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
