using StoryBot.Data.Trivia;
using StoryBot.Data.Libraries;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// The questions one channel rating may see (every story, or none of the Mature/Explicit ones). A small library is
/// held whole, as one <see cref="QuestionBank"/>; a large one is never loaded: each question is drawn from a random
/// slice (one chapter's lines, or a few passages) found with an indexed seek, judged by the same generators and rules,
/// and the slice is dropped. A game limited to one story holds that story's bank. When sampling finds nothing, every
/// chapter is scanned in turn, so "no question" is only ever said when there is none.
/// </summary>
public sealed partial class QuestionLibrary
{
    /// <summary>Random slices tried for one question before scanning the library in order.</summary>
    public const int SampleAttempts = 48;

    private const int MissesBeforeDroppingAKind = 12;
    private const int PassagesPerSample = 4;
    private const int SiblingChapters = 1;
    private const int ScanBatchChapters = 16;
    private const int CachedStoryBanks = 4;

    private static readonly IReadOnlySet<string> NoSources = new HashSet<string>();
    private static readonly IReadOnlyDictionary<string, DateTimeOffset> NoneRecent = new Dictionary<string, DateTimeOffset>();

    private readonly ITriviaCorpusSource _source;
    private readonly QuestionRules _rules;
    private readonly bool _excludeAdult;
    private readonly LibraryScope _scope;
    private readonly IReadOnlyDictionary<long, TriviaStory> _stories;
    private readonly IReadOnlyDictionary<long, long[]> _chaptersByStory;
    private readonly long[] _chapters;
    private readonly bool _twoTitles;
    private readonly Lazy<QuestionIndex> _index;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly LinkedList<(long StoryId, QuestionBank Bank)> _storyBanks = new();
    private QuestionBank? _whole;

    internal QuestionLibrary(ITriviaCorpusSource source, LibraryScope scope, TriviaCatalog catalog, bool allowsMatureContent, QuestionRules rules, int wholeLibraryMaxRows, Lazy<CharacterNames>? names = null)
    {
        _source = source;
        _scope = scope;
        _rules = rules;
        _excludeAdult = !allowsMatureContent;
        Catalog = catalog;
        _stories = catalog.Stories.Values.Where(story => allowsMatureContent || !story.IsAdult).ToDictionary(story => story.Id);
        _chaptersByStory = catalog.Chapters.Values
            .Where(chapter => _stories.ContainsKey(chapter.StoryId))
            .GroupBy(chapter => chapter.StoryId)
            .ToDictionary(group => group.Key, group => group.Select(chapter => chapter.Id).Order().ToArray());
        _chapters = [.. _chaptersByStory.Values.SelectMany(ids => ids).Order()];
        _twoTitles = _stories.Values.Select(story => story.Title).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).Count() == 2;
        _index = new Lazy<QuestionIndex>(() => QuestionIndex.Of(catalog, _stories, names?.Value));
        Samples = catalog.RowCount > wholeLibraryMaxRows;
    }

    public TriviaCatalog Catalog { get; }

    /// <summary>Stories this library may ask about.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>True when the library is too large to hold and questions are drawn from random slices.</summary>
    public bool Samples { get; }

    /// <summary>
    /// The next question for a game: never a line or passage already used in it, preferring questions not asked in
    /// the channel recently (see <see cref="QuestionBank.Pick"/>); null when the filter leaves nothing to ask.
    /// </summary>
    public async Task<TriviaQuestion?> NextAsync(
        QuestionFilter filter,
        IReadOnlySet<string> usedSourcesInGame,
        IReadOnlyDictionary<string, DateTimeOffset> recentlyAskedInChannel,
        Random random,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!Samples)
        {
            return (await WholeAsync(cancellationToken)).Pick(filter, usedSourcesInGame, recentlyAskedInChannel, random);
        }

        if (filter.StoryId is { } storyId)
        {
            return (await StoryAsync(storyId, cancellationToken)).Pick(filter, usedSourcesInGame, recentlyAskedInChannel, random);
        }

        return await SampleAsync(filter, usedSourcesInGame, recentlyAskedInChannel, random, cancellationToken)
            ?? await ScanAsync(filter, usedSourcesInGame, recentlyAskedInChannel, random, cancellationToken);
    }

    /// <summary>
    /// How many different lines and passages the filter can ask about, up to <paramref name="atMost"/>. Exact for a
    /// small library or one story; a large library is not counted: it has <paramref name="atMost"/> when it has one.
    /// </summary>
    public async Task<int> CountAvailableAsync(QuestionFilter filter, int atMost, Random random, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!Samples || filter.StoryId is not null)
        {
            var bank = !Samples ? await WholeAsync(cancellationToken) : await StoryAsync(filter.StoryId!.Value, cancellationToken);
            var available = bank.Candidates.Where(filter.Allows).Select(candidate => candidate.SourceKey).Distinct(StringComparer.Ordinal).Count();
            return Math.Min(atMost, available);
        }

        var any = await SampleAsync(filter, NoSources, NoneRecent, random, cancellationToken)
            ?? await ScanAsync(filter, NoSources, NoneRecent, random, cancellationToken);
        return any is null ? 0 : atMost;
    }

    private async Task<TriviaQuestion?> SampleAsync(
        QuestionFilter filter,
        IReadOnlySet<string> used,
        IReadOnlyDictionary<string, DateTimeOffset> recent,
        Random random,
        CancellationToken cancellationToken)
    {
        var kinds = PossibleKinds(filter).ToList();
        var misses = new Dictionary<QuestionKind, int>();
        var fallback = new RecentFallback();
        for (var attempt = 0; attempt < SampleAttempts && kinds.Count > 0; attempt++)
        {
            var kind = kinds[random.Next(kinds.Count)];
            var (bank, sources) = kind == QuestionKind.WhichStory
                ? await PassageSampleAsync(random, cancellationToken)
                : await LineSampleAsync(kind, random, cancellationToken);

            // From a random source of the slice on, the first that makes a fresh question; a sure seek would cost the
            // same as judging every source of the slice, which is what made the whole-library bank slow.
            var found = false;
            var start = sources.Count == 0 ? 0 : random.Next(sources.Count);
            for (var i = 0; i < sources.Count; i++)
            {
                if (bank.CandidateFor(kind, sources[(start + i) % sources.Count]) is not { } candidate || used.Contains(candidate.SourceKey))
                {
                    continue;
                }

                found = true;
                if (recent.TryGetValue(candidate.Key, out var at))
                {
                    fallback.Offer(bank, candidate, at);
                    continue;
                }

                if (bank.Create(candidate, random) is { } question)
                {
                    return question;
                }
            }

            if (!found)
            {
                misses[kind] = misses.GetValueOrDefault(kind) + 1;
                if (misses[kind] >= MissesBeforeDroppingAKind)
                {
                    kinds.Remove(kind);
                }
            }
        }

        return fallback.Create(random);
    }

    /// <summary>Every chapter in turn from a random one, a batch at a time: the fallback that never misses a question.</summary>
    private async Task<TriviaQuestion?> ScanAsync(
        QuestionFilter filter,
        IReadOnlySet<string> used,
        IReadOnlyDictionary<string, DateTimeOffset> recent,
        Random random,
        CancellationToken cancellationToken)
    {
        var kinds = PossibleKinds(filter).ToHashSet();
        if (kinds.Count == 0 || _chapters.Length == 0)
        {
            return null;
        }

        var lines = kinds.Contains(QuestionKind.WhoSaidIt) || kinds.Contains(QuestionKind.FinishTheLine);
        var passages = kinds.Contains(QuestionKind.WhichStory);
        var start = random.Next(_chapters.Length);
        var fallback = new RecentFallback();
        for (var offset = 0; offset < _chapters.Length; offset += ScanBatchChapters)
        {
            var batch = Enumerable.Range(offset, Math.Min(ScanBatchChapters, _chapters.Length - offset))
                .Select(index => _chapters[(start + index) % _chapters.Length])
                .ToHashSet();
            var rows = await _source.LoadChaptersAsync(_scope, batch, lines, passages, cancellationToken);
            var bank = Bank(rows, batch, filter);
            var pool = bank.Candidates.Where(candidate => kinds.Contains(candidate.Kind) && !used.Contains(candidate.SourceKey)).ToList();
            if (pool.Any(candidate => !recent.ContainsKey(candidate.Key))
                && bank.Pick(filter, used, recent, random) is { } question)
            {
                return question;
            }

            foreach (var candidate in pool)
            {
                if (recent.TryGetValue(candidate.Key, out var at))
                {
                    fallback.Offer(bank, candidate, at);
                }
            }
        }

        return fallback.Create(random);
    }

    private IEnumerable<QuestionKind> PossibleKinds(QuestionFilter filter) =>
        Enum.GetValues<QuestionKind>().Where(kind =>
            (filter.Kind is null || filter.Kind == kind)
            && kind switch
            {
                QuestionKind.WhichStory => _twoTitles && Catalog.ParagraphCount > 0,
                QuestionKind.WhoSaidIt => Catalog.LineCount > 0 && _index.Value.SpeakersByStory.Count > 0,
                _ => Catalog.LineCount > 0,
            });

    /// <summary>
    /// The chapter of a random spoken line. "Who said it?" needs only that chapter (who speaks to whom is read from
    /// it); "Finish the line" also reads another chapter of the story, and one of another story, for its endings.
    /// </summary>
    private async Task<(QuestionBank Bank, IReadOnlyList<long> Sources)> LineSampleAsync(QuestionKind kind, Random random, CancellationToken cancellationToken)
    {
        var found = await _source.FindSpeechChapterAsync(_scope, random.NextDouble(), _excludeAdult, cancellationToken);
        if (found is not { } chapterId || !Catalog.Chapters.TryGetValue(chapterId, out var chapter) || !_stories.ContainsKey(chapter.StoryId))
        {
            return (Bank(TriviaRows.Empty, null, new QuestionFilter(Kind: kind)), []);
        }

        var chapters = new HashSet<long> { chapterId };
        if (kind == QuestionKind.FinishTheLine)
        {
            var siblings = _chaptersByStory[chapter.StoryId].Where(id => id != chapterId).ToArray();
            random.Shuffle(siblings);
            chapters.UnionWith(siblings.Take(SiblingChapters));
            if (OtherStoryChapter(chapter.StoryId, random) is { } other)
            {
                chapters.Add(other);
            }
        }

        var rows = await _source.LoadChaptersAsync(_scope, chapters, lines: true, passages: false, cancellationToken);
        var bank = Bank(rows, new HashSet<long> { chapterId }, new QuestionFilter(Kind: kind));
        return (bank, bank.Corpus.LinesByChapter.TryGetValue(chapterId, out var lines) ? [.. lines.Select(line => line.Id)] : []);
    }

    private async Task<(QuestionBank Bank, IReadOnlyList<long> Sources)> PassageSampleAsync(Random random, CancellationToken cancellationToken)
    {
        var passages = await _source.FindPassagesAsync(_scope, random.NextDouble(), PassagesPerSample, _excludeAdult, cancellationToken);
        var bank = Bank(new TriviaRows([], passages), null, new QuestionFilter(Kind: QuestionKind.WhichStory));
        return (bank, [.. bank.Corpus.Passages.Select(passage => passage.Id)]);
    }

    /// <summary>A random chapter of another story of the same fandom, for endings when one story has too few.</summary>
    private long? OtherStoryChapter(long storyId, Random random)
    {
        var fandom = QuestionIndex.FandomOf(_stories, storyId);
        for (var attempt = 0; attempt < 8 && _chapters.Length > 0; attempt++)
        {
            var candidate = _chapters[random.Next(_chapters.Length)];
            var other = Catalog.Chapters[candidate].StoryId;
            if (other != storyId && QuestionIndex.FandomOf(_stories, other) == fandom)
            {
                return candidate;
            }
        }

        return null;
    }
}
