using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;
using StoryBot.Data.Trivia;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// Trivia's corpus from the story database (<see cref="ITriviaQueries"/>, a DI scope per call): keeps a catalog per
/// <see cref="LibraryScope"/> until the library changes (chapters imported, re-imported or removed), and reads text
/// only for the slices a question is drawn from. Every read carries the scope, so questions and their wrong answers
/// only come from stories the channel's server may see.
/// </summary>
public sealed class StoryDbTriviaSource(IServiceScopeFactory scopes, IOptions<TriviaOptions> options) : ITriviaCorpusSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<LibraryScope, (TriviaFingerprint Fingerprint, TriviaCatalog Catalog)> _catalogs = [];
    private volatile IdRanges? _ranges;

    private Questions.QuestionRules Rules => options.Value.Questions;

    public async Task<TriviaCatalog> LoadCatalogAsync(LibraryScope library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        await using var scope = scopes.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ITriviaQueries>();
        var snapshot = await queries.ReadSnapshotAsync(cancellationToken);
        _ranges = snapshot.Ranges;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_catalogs.TryGetValue(library, out var cached) && cached.Fingerprint == snapshot.Fingerprint)
            {
                return cached.Catalog;
            }

            if (_catalogs.Count >= Questions.TriviaQuestionBanks.MaxScopes)
            {
                _catalogs.Clear();
            }

            var rows = await queries.ReadCatalogAsync(library, Rules.MinConfidence, cancellationToken);
            var catalog = new TriviaCatalog(rows.Stories, rows.Chapters, rows.Characters, rows.Speakers, rows.LineCount, rows.ParagraphCount);
            _catalogs[library] = (snapshot.Fingerprint, catalog);
            return catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<TriviaRows> LoadChaptersAsync(LibraryScope library, IReadOnlyCollection<long>? chapterIds, bool lines, bool passages, CancellationToken cancellationToken)
    {
        if (chapterIds is { Count: 0 } || (!lines && !passages))
        {
            return TriviaRows.Empty;
        }

        await using var scope = scopes.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ITriviaQueries>();
        var ids = chapterIds?.Select(id => (int)id).ToList();
        IReadOnlyList<TriviaLine> lineRows = lines ? DialogueSpans.Merge(await queries.ReadSpansAsync(library, ids, cancellationToken)) : [];
        IReadOnlyList<TriviaPassage> passageRows = passages
            ? await queries.ReadPassagesAsync(library, ids, Rules.PassageMinWords, Rules.PassageMaxWords, cancellationToken)
            : [];
        return new TriviaRows(lineRows, passageRows);
    }

    public async Task<long?> FindSpeechChapterAsync(LibraryScope library, double position, bool excludeAdult, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ITriviaQueries>();

        // Seek a random id rather than count + skip: the id range is read with the catalog, the seek walks a few rows.
        var ranges = _ranges ?? (await queries.ReadSnapshotAsync(cancellationToken)).Ranges;
        return ranges.Lines is var (min, max)
            ? await queries.FindSpeechChapterAsync(library, new TriviaSeek(min, At(min, max, position), excludeAdult), cancellationToken)
            : null;
    }

    public async Task<IReadOnlyList<TriviaPassage>> FindPassagesAsync(LibraryScope library, double position, int count, bool excludeAdult, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ITriviaQueries>();
        var ranges = _ranges ?? (await queries.ReadSnapshotAsync(cancellationToken)).Ranges;
        return ranges.Paragraphs is var (min, max)
            ? await queries.FindPassagesAsync(library, new TriviaSeek(min, At(min, max, position), excludeAdult), count, Rules.PassageMinWords, Rules.PassageMaxWords, cancellationToken)
            : [];
    }

    private static int At(int min, int max, double position) =>
        min + (int)Math.Clamp((long)(Math.Clamp(position, 0, 1) * ((long)max - min + 1)), 0, (long)max - min);
}
