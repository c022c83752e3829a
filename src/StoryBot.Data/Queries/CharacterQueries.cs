using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace StoryBot.Data.Queries;

public sealed class CharacterQueries(StoryDbContext db) : ICharacterQueries
{
    private const int MaxLines = 200;

    public async Task<IReadOnlyList<CharacterView>> GetCharactersAsync(int? storyId, CancellationToken cancellationToken)
    {
        var counts = await db.DialogueLines
            .Where(d => d.SpeakerId != null && (storyId == null || db.Chapters.Any(c => c.Id == d.ChapterId && c.StoryId == storyId)))
            .GroupBy(d => d.SpeakerId!.Value)
            .Select(g => new { Id = g.Key, Lines = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Lines, cancellationToken).ConfigureAwait(false);
        var ids = counts.Keys.ToList();
        var characters = await db.Characters
            .Where(c => (storyId == null || c.StoryId == storyId) || ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.Gender, c.StoryId, Aliases = c.Aliases.Select(a => a.Alias).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return characters
            .Select(c => new CharacterView(c.Id, c.Name, c.Gender, c.StoryId, c.Aliases, counts.GetValueOrDefault(c.Id)))
            .OrderByDescending(c => c.LineCount).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<IReadOnlyList<SpokenLine>> GetLinesAsync(int characterId, int? storyId, double minConfidence, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, MaxLines);
        var lines = await db.DialogueLines
            .Where(d => d.SpeakerId == characterId && d.Confidence >= minConfidence)
            .Where(d => storyId == null || d.Paragraph.Chapter.StoryId == storyId)
            .OrderBy(d => d.ParagraphId).ThenBy(d => d.Start)
            .Take(limit)
            .Select(d => new { d.Id, d.Text, d.Kind, d.Confidence, d.ParagraphId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var paragraphIds = lines.Select(l => l.ParagraphId).Distinct().ToList();
        var paragraphs = await db.Paragraphs.Where(p => paragraphIds.Contains(p.Id)).Views()
            .ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        return lines.Select(l => new SpokenLine(l.Id, l.Text, l.Kind, l.Confidence, paragraphs[l.ParagraphId])).ToList();
    }

    public async Task<IReadOnlyList<AutocompleteChoice>> AutocompleteCharactersAsync(string? typed, int? storyId, CancellationToken cancellationToken)
    {
        string pattern = StoryCatalog.Like(typed?.Trim() ?? string.Empty);
        var rows = await db.Characters
            .Where(c => storyId == null || c.StoryId == null || c.StoryId == storyId)
            .Where(c => EF.Functions.Like(c.Name, "%" + pattern + "%", "\\") || c.Aliases.Any(a => EF.Functions.Like(a.Alias, "%" + pattern + "%", "\\")))
            .OrderBy(c => EF.Functions.Like(c.Name, pattern + "%", "\\") ? 0 : 1).ThenBy(c => c.Name)
            .Take(QueryLimits.Autocomplete)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new AutocompleteChoice(QueryLimits.Clip(r.Name), r.Id.ToString(CultureInfo.InvariantCulture))).ToList();
    }

    public async Task<IReadOnlyList<Entities.Character>> FindCharactersAsync(string typed, int? storyId, int max, CancellationToken cancellationToken)
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
        var escaped = StoryCatalog.Like(text);
        var contains = "%" + escaped + "%";
        var prefix = escaped + "%";
        var partial = await query
            .Where(c => EF.Functions.Like(c.Name, contains, "\\") || c.Aliases.Any(a => EF.Functions.Like(a.Alias, contains, "\\")))
            .OrderByDescending(c => EF.Functions.Like(c.Name, prefix, "\\"))
            .ThenBy(c => c.Name)
            .Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. exact.Concat(partial).DistinctBy(c => c.Id).Take(max)];
    }
}
