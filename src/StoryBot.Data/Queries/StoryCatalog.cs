using StoryBot.Corpus.Model;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Entities;
using StoryBot.Data.Import;

namespace StoryBot.Data.Queries;

public sealed class StoryCatalog(StoryDbContext db) : IStoryCatalog
{
    private const int TopSpeakers = 5;

    public async Task<Page<StorySummary>> ListStoriesAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, QueryLimits.MaxPageSize);
        int total = await db.Stories.CountAsync(cancellationToken).ConfigureAwait(false);
        List<StorySummary> items = await Summaries(db.Stories.OrderBy(s => s.Title).ThenBy(s => s.Id))
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Page<StorySummary>(items, page, pageSize, total);
    }

    public async Task<StoryInfo?> GetStoryAsync(int storyId, CancellationToken cancellationToken)
    {
        StorySummary? story = await Summaries(db.Stories.Where(s => s.Id == storyId))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return story is null ? null : await InfoAsync(story, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoryInfo>> GetAllAsync(CancellationToken cancellationToken)
    {
        List<StorySummary> stories = await Summaries(db.Stories.OrderBy(s => s.Title).ThenBy(s => s.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var infos = new List<StoryInfo>(stories.Count);
        foreach (StorySummary story in stories)
        {
            infos.Add(await InfoAsync(story, cancellationToken).ConfigureAwait(false));
        }

        return infos;
    }

    public async Task<StorySummary?> FindStoryAsync(string titleOrSlug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(titleOrSlug))
        {
            return null;
        }

        string typed = titleOrSlug.Trim();
        string slug = Slugs.From(typed);
        string pattern = Like(typed);
        StorySummary? found =
            await FirstAsync(db.Stories.Where(s => s.Slug == typed || s.Slug == slug), cancellationToken).ConfigureAwait(false)
            ?? await FirstAsync(db.Stories.Where(s => s.Title == typed), cancellationToken).ConfigureAwait(false)
            ?? await FirstAsync(db.Stories.Where(s => EF.Functions.Like(s.Title, pattern + "%", "\\")), cancellationToken).ConfigureAwait(false)
            ?? await FirstAsync(db.Stories.Where(s => EF.Functions.Like(s.Title, "%" + pattern + "%", "\\")), cancellationToken).ConfigureAwait(false)
            ?? await Summaries(EveryWord(db.Stories, typed).OrderBy(s => s.Title.Length).ThenBy(s => s.Id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (found is not null)
        {
            return found;
        }

        // Loose: the story sharing the most slug words with what was typed ("chances second" → "second-chances").
        string[] words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var candidates = await db.Stories.Select(s => new { s.Id, s.Slug }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var best = candidates
            .Select(c => new { c.Id, Score = c.Slug.Split('-').Intersect(words, StringComparer.Ordinal).Count() })
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id)
            .FirstOrDefault();
        return best is null ? null : await FirstAsync(db.Stories.Where(s => s.Id == best.Id), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AutocompleteChoice>> AutocompleteStoriesAsync(string? typed, CancellationToken cancellationToken)
    {
        IReadOnlyList<StorySummary> stories = await SuggestStoriesAsync(typed, includeMature: true, QueryLimits.Autocomplete, cancellationToken).ConfigureAwait(false);
        return stories.Select(s => new AutocompleteChoice(QueryLimits.Clip(s.Title), s.Slug)).ToList();
    }

    public async Task<IReadOnlyList<StorySummary>> SuggestStoriesAsync(string? typed, bool includeMature, int max, CancellationToken cancellationToken)
    {
        string text = typed?.Trim() ?? string.Empty;
        IQueryable<Story> stories = includeMature ? db.Stories : db.Stories.Where(s => s.Rating < Rating.Mature);
        if (text.Length > 0)
        {
            stories = EveryWord(stories, text);
        }

        string prefix = Like(text) + "%";
        return await Summaries(stories.OrderBy(s => EF.Functions.Like(s.Title, prefix, "\\") ? 0 : 1).ThenBy(s => s.Title).ThenBy(s => s.Id))
            .Take(Math.Clamp(max, 1, QueryLimits.Autocomplete))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stories whose title or slug contains every word typed ("naruto never" finds "Untitled — “Naruto never thought…”").</summary>
    private static IQueryable<Story> EveryWord(IQueryable<Story> stories, string text)
    {
        string[] words = text.Split([' ', '-', '_', ',', '.', '—', '“', '”', '"', '\'', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string word in words.Length == 0 ? [text] : words)
        {
            string pattern = "%" + Like(word) + "%";
            stories = stories.Where(s => EF.Functions.Like(s.Title, pattern, "\\") || EF.Functions.Like(s.Slug, pattern, "\\"));
        }

        return stories;
    }

    internal static string Like(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static IQueryable<StorySummary> Summaries(IQueryable<Story> stories) =>
        stories.Select(s => new StorySummary(
            s.Id, s.Slug, s.Title, s.Author, s.Rating, s.Summary, s.SourceUrl,
            s.Chapters.Count, s.Chapters.Sum(c => c.WordCount)));

    /// <summary>The first match, a server's own story before a shared one of the same name.</summary>
    private Task<StorySummary?> FirstAsync(IQueryable<Story> stories, CancellationToken cancellationToken) =>
        Summaries(stories.OrderBy(s => s.GuildId == null ? 1 : 0).ThenBy(s => s.Id)).FirstOrDefaultAsync(cancellationToken);

    private async Task<StoryInfo> InfoAsync(StorySummary story, CancellationToken cancellationToken)
    {
        List<ChapterSummary> chapters = await db.Chapters
            .Where(c => c.StoryId == story.Id)
            .OrderBy(c => c.Number).ThenBy(c => c.Id)
            .Select(c => new ChapterSummary(c.Id, c.StoryId, c.Number, c.Title, c.FileName, c.WordCount, c.SceneCount, c.ParagraphCount,
                c.DialogueCount, c.EncodingName, c.ContentHash, c.SourceUrl, c.ImportedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.DialogueLines
            .Where(d => d.SpeakerId != null && db.Chapters.Any(c => c.Id == d.ChapterId && c.StoryId == story.Id))
            .GroupBy(d => d.SpeakerId!.Value)
            .Select(g => new { Id = g.Key, Lines = g.Count() })
            .OrderByDescending(g => g.Lines).ThenBy(g => g.Id)
            .Take(TopSpeakers)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = counts.Select(c => c.Id).ToList();
        var names = await db.Characters.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken).ConfigureAwait(false);
        List<SpeakerCount> speakers = counts.Select(c => new SpeakerCount(c.Id, names.GetValueOrDefault(c.Id, "?"), c.Lines)).ToList();
        return new StoryInfo(story, chapters, speakers);
    }
}
