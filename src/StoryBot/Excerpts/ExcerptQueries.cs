using Microsoft.EntityFrameworkCore;
using StoryBot.Data;
using Rating = StoryBot.Corpus.Model.Rating;

namespace StoryBot.Excerpts;

/// <summary>
/// The queries of a plain <c>/excerpt</c> and of every page, compiled once (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>):
/// EF Core otherwise rebuilds and hashes each LINQ expression tree per call to find its cached plan, a visible share
/// of the bot's CPU per interaction at 200/s. A compiled query runs only on the model it was compiled for, so there is
/// one set per model (<see cref="For"/>): the SQLite and the PostgreSQL store each have their own (the tests use both in one process).
/// </summary>
internal sealed class ExcerptQueries
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, ExcerptQueries> Sets = [];

    private ExcerptQueries()
    {
    }

    /// <summary>The compiled queries for <paramref name="db"/>'s model.</summary>
    public static ExcerptQueries For(StoryDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Sets.GetValue(db.Model, static _ => new ExcerptQueries());
    }

    /// <summary>The id range of every library's paragraphs (ids only, reveal nothing; the seek that follows is scoped).</summary>
    public readonly Func<StoryDbContext, CancellationToken, Task<int?>> MinParagraphId =
        EF.CompileAsyncQuery((StoryDbContext db, CancellationToken ct) => db.Paragraphs.IgnoreQueryFilters().Min(p => (int?)p.Id));

    public readonly Func<StoryDbContext, CancellationToken, Task<int?>> MaxParagraphId =
        EF.CompileAsyncQuery((StoryDbContext db, CancellationToken ct) => db.Paragraphs.IgnoreQueryFilters().Max(p => (int?)p.Id));

    /// <summary>Chapters in scope with their paragraph counts: a random pick in a server's own (small) library.</summary>
    public readonly Func<StoryDbContext, bool, IAsyncEnumerable<ExcerptNeighbourRow>> ScopedChapters =
        EF.CompileAsyncQuery((StoryDbContext db, bool includeMature) => db.Chapters
            .Where(c => c.ParagraphCount > 0 && (includeMature || c.Story.Rating < Rating.Mature))
            .OrderBy(c => c.Id)
            .Select(c => new ExcerptNeighbourRow(c.Id, c.Number, c.ParagraphCount)));

    public readonly Func<StoryDbContext, int, CancellationToken, Task<int?>> MinStoryParagraphId =
        EF.CompileAsyncQuery((StoryDbContext db, int storyId, CancellationToken ct) => db.Paragraphs.Where(p => p.Chapter.StoryId == storyId).Min(p => (int?)p.Id));

    public readonly Func<StoryDbContext, int, CancellationToken, Task<int?>> MaxStoryParagraphId =
        EF.CompileAsyncQuery((StoryDbContext db, int storyId, CancellationToken ct) => db.Paragraphs.Where(p => p.Chapter.StoryId == storyId).Max(p => (int?)p.Id));

    /// <summary>The first paragraph with an id ≥ the given one, any rating.</summary>
    public readonly Func<StoryDbContext, int, CancellationToken, Task<ExcerptLocation?>> SeekAny =
        EF.CompileAsyncQuery((StoryDbContext db, int from, CancellationToken ct) => db.Paragraphs
            .Where(p => p.Id >= from)
            .OrderBy(p => p.Id)
            .Select(p => new ExcerptLocation(p.ChapterId, p.Index, false, 0))
            .FirstOrDefault());

    /// <summary>The first paragraph of a story rated below Mature with an id ≥ the given one.</summary>
    public readonly Func<StoryDbContext, int, CancellationToken, Task<ExcerptLocation?>> SeekSafe =
        EF.CompileAsyncQuery((StoryDbContext db, int from, CancellationToken ct) => db.Paragraphs
            .Where(p => p.Id >= from && p.Chapter.Story.Rating < Rating.Mature)
            .OrderBy(p => p.Id)
            .Select(p => new ExcerptLocation(p.ChapterId, p.Index, false, 0))
            .FirstOrDefault());

    public readonly Func<StoryDbContext, int, int, CancellationToken, Task<ExcerptLocation?>> SeekStoryAny =
        EF.CompileAsyncQuery((StoryDbContext db, int storyId, int from, CancellationToken ct) => db.Paragraphs
            .Where(p => p.Chapter.StoryId == storyId && p.Id >= from)
            .OrderBy(p => p.Id)
            .Select(p => new ExcerptLocation(p.ChapterId, p.Index, false, 0))
            .FirstOrDefault());

    public readonly Func<StoryDbContext, int, int, CancellationToken, Task<ExcerptLocation?>> SeekStorySafe =
        EF.CompileAsyncQuery((StoryDbContext db, int storyId, int from, CancellationToken ct) => db.Paragraphs
            .Where(p => p.Chapter.StoryId == storyId && p.Id >= from && p.Chapter.Story.Rating < Rating.Mature)
            .OrderBy(p => p.Id)
            .Select(p => new ExcerptLocation(p.ChapterId, p.Index, false, 0))
            .FirstOrDefault());

    public readonly Func<StoryDbContext, int, CancellationToken, Task<ExcerptChapterRow?>> Chapter =
        EF.CompileAsyncQuery((StoryDbContext db, int chapterId, CancellationToken ct) => db.Chapters
            .Where(c => c.Id == chapterId)
            .Select(c => new ExcerptChapterRow(
                c.Id, c.Number, c.Title, c.ParagraphCount, c.SceneCount, c.StoryId,
                c.Story.Title, c.Story.Author, c.Story.Rating, c.Story.SourceUrl))
            .FirstOrDefault());

    public readonly Func<StoryDbContext, int, int, int, IAsyncEnumerable<ExcerptParagraphRow>> Paragraphs =
        EF.CompileAsyncQuery((StoryDbContext db, int chapterId, int low, int high) => db.Paragraphs
            .Where(p => p.ChapterId == chapterId && p.Index >= low && p.Index <= high)
            .OrderBy(p => p.Index)
            .Select(p => new ExcerptParagraphRow(p.Index, p.Text, p.Scene.Index, p.Scene.Heading)));

    public readonly Func<StoryDbContext, int, int, IAsyncEnumerable<ExcerptNeighbourRow>> Neighbours =
        EF.CompileAsyncQuery((StoryDbContext db, int storyId, int number) => db.Chapters
            .Where(c => c.StoryId == storyId && c.Number != number)
            .Select(c => new ExcerptNeighbourRow(c.Id, c.Number, c.ParagraphCount)));

    /// <summary>Materialises a compiled streaming query.</summary>
    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (T row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }
}
