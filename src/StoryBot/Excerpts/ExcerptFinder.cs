using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using Rating = StoryBot.Corpus.Model.Rating;
using StoryBot.Data;
using StoryBot.Data.Entities;
using StoryBot.Data.Queries;
using StoryBot.Data.Search;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

/// <summary>
/// Turns /excerpt options into a place to start reading: a random paragraph (of the story, if given), the start of
/// a chapter, a paragraph where a character speaks, or the best full-text match. Respects ratings. Every
/// "nothing here" case becomes a helpful ephemeral reply.
/// </summary>
public sealed class ExcerptFinder(StoryDbContext db, IStoryCatalog catalog, StoryResolver stories, ICharacterQueries characterQueries, IStorySearch search, Random random)
{
    public async Task<ExcerptLookupResult> FindAsync(ExcerptRequest request, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);

        // A plain /excerpt (the common case) asks whether the library is empty only when it finds nothing.
        bool plain = request is { Story: null, Chapter: null, Character: null, Search: null };
        if (!plain && await IsLibraryEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            return EmptyLibrary;
        }

        StorySummary? story = null;
        if (request.Story is { } storyText)
        {
            (story, var problem) = await stories.ResolveAsync(storyText, cancellationToken).ConfigureAwait(false);
            if (story is null)
            {
                return ExcerptLookupResult.Fail(problem!);
            }

            if (!RatingPolicy.IsAllowed(story.Rating, context))
            {
                return ExcerptLookupResult.Fail(RatingPolicy.Refusal(story.Title, story.Rating));
            }
        }

        Chapter? chapter = null;
        if (request.Chapter is { } number)
        {
            if (story is null)
            {
                var stories = (await catalog.ListStoriesAsync(1, 2, cancellationToken).ConfigureAwait(false)).Items;
                if (stories.Count > 1)
                {
                    return ExcerptLookupResult.Fail("Which story? Add `story:` to choose the chapter's story.");
                }

                story = stories[0];
                if (!RatingPolicy.IsAllowed(story.Rating, context))
                {
                    return ExcerptLookupResult.Fail(RatingPolicy.Refusal(story.Title, story.Rating));
                }
            }

            var storyId = story.Id;
            chapter = await db.Chapters.AsNoTracking().FirstOrDefaultAsync(c => c.StoryId == storyId && c.Number == number, cancellationToken).ConfigureAwait(false);
            if (chapter is null)
            {
                var numbers = await db.Chapters.Where(c => c.StoryId == storyId).Select(c => c.Number).OrderBy(n => n).ToListAsync(cancellationToken).ConfigureAwait(false);
                return ExcerptLookupResult.Fail($"*{Markdown.Escape(story.Title)}* has no chapter {number}. Its chapters are {ChapterRange(numbers)}.");
            }
        }

        Character? character = null;
        if (request.Character is { } characterText)
        {
            var found = await characterQueries.FindCharactersAsync(characterText, story?.Id, 1, cancellationToken).ConfigureAwait(false);
            character = found.Count > 0 ? found[0] : null;
        }

        var scope = new SearchScope(story?.Id, chapter?.Id, context.AllowsMatureContent, character?.Id);
        if (request.Search is { } query)
        {
            return await FindBySearchAsync(query, scope, context, cancellationToken).ConfigureAwait(false);
        }

        if (request.Character is { } name)
        {
            return await FindByCharacterAsync(character, name, scope, context, cancellationToken).ConfigureAwait(false);
        }

        if (chapter is not null)
        {
            return ExcerptLookupResult.Found(new ExcerptLocation(chapter.Id, 0));
        }

        return await FindRandomAsync(scope, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ExcerptLookupResult> FindBySearchAsync(string query, SearchScope scope, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = ParsedQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return ExcerptLookupResult.Fail($"Give me at least one word to search for, e.g. `/excerpt search:{ExcerptExamples.SearchWord}`.");
        }

        var hit = await search.FindPassageAsync(query, scope, cancellationToken).ConfigureAwait(false);
        if (hit is null && !scope.IncludeMature && await search.FindPassageAsync(query, scope with { IncludeMature = true }, cancellationToken).ConfigureAwait(false) is not null)
        {
            return ExcerptLookupResult.Fail("The only passages matching that are in stories rated Mature or Explicit, which I share only in NSFW channels or DMs.");
        }

        var searched = parsed.Describe();
        return hit is null
            ? ExcerptLookupResult.Fail($"No passage matches {Markdown.Escape(searched)}{Where(scope)}. Try fewer or different words.")
            : ExcerptLookupResult.Found(
                new ExcerptLocation(hit.ChapterId, hit.ParagraphIndex),
                parsed.Words,
                hit.MatchedAll ? $"Searched: {searched}" : $"Searched: {searched} — no passage has all of it, so this one has some of the words");
    }

    private async Task<ExcerptLookupResult> FindByCharacterAsync(Character? character, string typed, SearchScope scope, CommandContext context, CancellationToken cancellationToken)
    {
        if (character is null)
        {
            // No character list (or no attributed line) for this name: a random dialogue paragraph that names them.
            return await FindByNameInDialogueAsync(typed, scope, context, cancellationToken).ConfigureAwait(false);
        }

        var lines = db.DialogueLines.AsNoTracking().Where(d => d.SpeakerId == character.Id);
        if (scope.StoryId is { } storyId)
        {
            lines = lines.Where(d => d.Paragraph.Chapter.StoryId == storyId);
        }

        if (scope.ChapterId is { } chapterId)
        {
            lines = lines.Where(d => d.ChapterId == chapterId);
        }

        var allowed = scope.IncludeMature ? lines : lines.Where(d => d.Paragraph.Chapter.Story.Rating < Rating.Mature);
        var pick = await PickRandomAsync(lines, allowed, cancellationToken).ConfigureAwait(false);
        if (pick is null && !await lines.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return await FindByNameInDialogueAsync(character.Name, scope with { SpeakerId = null }, context, cancellationToken).ConfigureAwait(false);
        }

        if (pick is null)
        {
            var name = Markdown.Escape(character.Name);
            return !context.AllowsMatureContent && await lines.AnyAsync(cancellationToken).ConfigureAwait(false)
                ? ExcerptLookupResult.Fail($"{name} only speaks in stories rated Mature or Explicit, which I share only in NSFW channels or DMs.")
                : ExcerptLookupResult.Fail($"I haven't found any line spoken by {name}{Where(scope)}. Try another character, or `/excerpt search:{name}`.");
        }

        return ExcerptLookupResult.Found(pick, note: $"{character.Name} speaks in this passage.");
    }

    /// <summary>
    /// True when <c>/excerpt character:</c> can show something for <paramref name="character"/> in
    /// <paramref name="scope"/>: a line attributed to them, or a dialogue paragraph naming them. Autocomplete offers
    /// only these.
    /// </summary>
    public async Task<bool> CanServeAsync(Character character, SearchScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(character);
        ArgumentNullException.ThrowIfNull(scope);
        var lines = db.DialogueLines.AsNoTracking().Where(d => d.SpeakerId == character.Id);
        if (scope.StoryId is { } storyId)
        {
            lines = lines.Where(d => d.Paragraph.Chapter.StoryId == storyId);
        }

        if (!scope.IncludeMature)
        {
            lines = lines.Where(d => d.Paragraph.Chapter.Story.Rating < Rating.Mature);
        }

        if (await lines.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var named = await search.FindPassageAsync(character.Name, scope with { SpeakerId = null, DialogueOnly = true }, cancellationToken).ConfigureAwait(false);
        return named is not null;
    }

    /// <summary>
    /// A random line of <paramref name="allowed"/> by seeking a random id between the bounds of <paramref name="bounded"/>
    /// (count + skip walked every line of a busy character), wrapping to the first allowed line past the end.
    /// </summary>
    private async Task<ExcerptLocation?> PickRandomAsync(IQueryable<DialogueLine> bounded, IQueryable<DialogueLine> allowed, CancellationToken cancellationToken)
    {
        var min = await bounded.MinAsync(d => (int?)d.Id, cancellationToken).ConfigureAwait(false);
        var max = await bounded.MaxAsync(d => (int?)d.Id, cancellationToken).ConfigureAwait(false);
        if (min is null || max is null)
        {
            return null;
        }

        var from = min.Value + (int)random.NextInt64((long)max.Value - min.Value + 1);
        var pick = await allowed.Where(d => d.Id >= from).OrderBy(d => d.Id)
            .Select(d => new { d.Paragraph.ChapterId, d.Paragraph.Index })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? await allowed.OrderBy(d => d.Id)
            .Select(d => new { d.Paragraph.ChapterId, d.Paragraph.Index })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return pick is null ? null : new ExcerptLocation(pick.ChapterId, pick.Index);
    }

    private async Task<ExcerptLookupResult> FindByNameInDialogueAsync(string name, SearchScope scope, CommandContext context, CancellationToken cancellationToken)
    {
        var dialogue = scope with { SpeakerId = null, DialogueOnly = true, PickRandom = true };
        var hit = await search.FindPassageAsync(name, dialogue, cancellationToken).ConfigureAwait(false);
        if (hit is not null)
        {
            // No line is attributed to them: this passage names them, and says so rather than pretend they speak.
            return ExcerptLookupResult.Found(
                new ExcerptLocation(hit.ChapterId, hit.ParagraphIndex),
                ParsedQuery.Parse(name).Words,
                $"{name} is mentioned in this passage (I found no line spoken by them{Where(scope)}).");
        }

        if (!context.AllowsMatureContent && await search.FindPassageAsync(name, dialogue with { IncludeMature = true }, cancellationToken).ConfigureAwait(false) is not null)
        {
            return ExcerptLookupResult.Fail($"{Markdown.Escape(name)} only appears in stories rated Mature or Explicit, which I share only in NSFW channels or DMs.");
        }

        return ExcerptLookupResult.Fail($"I don't know a character called “{Markdown.Escape(name)}”{Where(scope)}. Pick one from the suggestions, or try `/excerpt search:`.");
    }

    private async Task<ExcerptLookupResult> FindRandomAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        // A server that hid the shared library reads only its own few stories: a seek from a random id of the whole
        // store would mostly land in other libraries and walk far; pick a chapter weighted by its paragraphs instead.
        var pick = scope.StoryId is null && !db.Library.IncludesShared && !db.Library.Everything
            ? await PickInOwnLibraryAsync(scope.IncludeMature, cancellationToken).ConfigureAwait(false)
            : await SeekRandomAsync(scope, cancellationToken).ConfigureAwait(false);
        if (pick is null)
        {
            if (scope.StoryId is null && await IsLibraryEmptyAsync(cancellationToken).ConfigureAwait(false))
            {
                return EmptyLibrary;
            }

            return scope.IncludeMature || scope.StoryId is not null
                ? ExcerptLookupResult.Fail("That story has no text I could read yet.")
                : ExcerptLookupResult.Fail("Every story in the library is rated Mature or Explicit, so I share passages only in NSFW channels or DMs.");
        }

        return ExcerptLookupResult.Found(pick);
    }

    private async Task<ExcerptLocation?> PickInOwnLibraryAsync(bool includeMature, CancellationToken cancellationToken)
    {
        var chapters = await ExcerptQueries.ToListAsync(ExcerptQueries.For(db).ScopedChapters(db, includeMature), cancellationToken).ConfigureAwait(false);
        long total = chapters.Sum(c => (long)c.ParagraphCount);
        if (total == 0)
        {
            return null;
        }

        long at = random.NextInt64(total);
        foreach (var chapter in chapters)
        {
            if (at < chapter.ParagraphCount)
            {
                return new ExcerptLocation(chapter.Id, (int)at);
            }

            at -= chapter.ParagraphCount;
        }

        return null;
    }

    private async Task<ExcerptLocation?> SeekRandomAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        // Seek to a random id instead of counting and skipping (count + skip cost ~60 ms of CPU on a 100 MB archive):
        // MIN/MAX and the seek walk the primary key. Ids are nearly dense; rows the scope filters out leave gaps, which
        // favour the passage after a gap a little — acceptable for "a random passage". Compiled queries (ExcerptQueries).
        var (min, max) = scope.StoryId is { } story
            ? (await ExcerptQueries.For(db).MinStoryParagraphId(db, story, cancellationToken).ConfigureAwait(false),
                await ExcerptQueries.For(db).MaxStoryParagraphId(db, story, cancellationToken).ConfigureAwait(false))
            : (await ExcerptQueries.For(db).MinParagraphId(db, cancellationToken).ConfigureAwait(false),
                await ExcerptQueries.For(db).MaxParagraphId(db, cancellationToken).ConfigureAwait(false));
        int? target = min is null || max is null ? null : min.Value + (int)random.NextInt64((long)max.Value - min.Value + 1);
        var pick = target is not { } from ? null : await SeekAsync(scope, from, cancellationToken).ConfigureAwait(false);
        return pick ?? await SeekAsync(scope, int.MinValue, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first paragraph in scope whose id is at least <paramref name="from"/>.</summary>
    private Task<ExcerptLocation?> SeekAsync(SearchScope scope, int from, CancellationToken cancellationToken) => (scope.StoryId, scope.IncludeMature) switch
    {
        (null, true) => ExcerptQueries.For(db).SeekAny(db, from, cancellationToken),
        (null, false) => ExcerptQueries.For(db).SeekSafe(db, from, cancellationToken),
        ({ } story, true) => ExcerptQueries.For(db).SeekStoryAny(db, story, from, cancellationToken),
        ({ } story, false) => ExcerptQueries.For(db).SeekStorySafe(db, story, from, cancellationToken),
    };

    private static ExcerptLookupResult EmptyLibrary => ExcerptLookupResult.Fail("The library is empty: no stories have been imported yet. An admin can drop chapter files into the seeds folder and restart me (or run `storybot import`).");

    private async Task<bool> IsLibraryEmptyAsync(CancellationToken cancellationToken) =>
        !await db.Stories.AnyAsync(cancellationToken).ConfigureAwait(false);

    private static string Where(SearchScope scope) => scope.ChapterId is not null ? " in that chapter" : scope.StoryId is not null ? " in that story" : string.Empty;

    private static string ChapterRange(IReadOnlyList<int> numbers) => numbers.Count switch
    {
        0 => "not imported yet",
        1 => numbers[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{numbers[0]}–{numbers[^1]}"),
    };
}
