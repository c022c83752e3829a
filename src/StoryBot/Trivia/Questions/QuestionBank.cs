using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// Every question a corpus (a small library, one story, or a slice of a large library) can yield, by kind, and the
/// means to draw a fresh instance of any of them.
/// </summary>
public sealed class QuestionBank
{
    private readonly Dictionary<QuestionKind, IQuestionGenerator> _generators;
    private readonly Lazy<IReadOnlyList<QuestionCandidate>> _candidates;

    public QuestionBank(TriviaCorpus corpus, QuestionRules rules)
        : this(new QuestionContext(corpus, rules), QuestionFilter.None)
    {
    }

    internal QuestionBank(QuestionContext context, QuestionFilter filter)
    {
        _generators = Enum.GetValues<QuestionKind>()
            .Where(kind => filter.Kind is null || kind == filter.Kind)
            .ToDictionary(kind => kind, kind => Generator(kind, context));
        _candidates = new Lazy<IReadOnlyList<QuestionCandidate>>(() => [.. _generators.Values.SelectMany(generator => generator.Candidates())]);
        Corpus = context.Corpus;
    }

    public TriviaCorpus Corpus { get; }

    /// <summary>Every candidate, judged on first use (a sampled slice judges only the sources it tries: <see cref="CandidateFor"/>).</summary>
    public IReadOnlyList<QuestionCandidate> Candidates => _candidates.Value;

    /// <summary>How many questions of each kind the corpus yields.</summary>
    public IReadOnlyDictionary<QuestionKind, int> CountByKind() =>
        Enum.GetValues<QuestionKind>().ToDictionary(kind => kind, kind => Candidates.Count(candidate => candidate.Kind == kind));

    private static IQuestionGenerator Generator(QuestionKind kind, QuestionContext context) => kind switch
    {
        QuestionKind.WhoSaidIt => new WhoSaidItGenerator(context),
        QuestionKind.FinishTheLine => new FinishTheLineGenerator(context),
        _ => new WhichStoryGenerator(context),
    };

    internal QuestionCandidate? CandidateFor(QuestionKind kind, long sourceId) =>
        _generators.TryGetValue(kind, out var generator) ? generator.CandidateFor(sourceId) : null;

    public TriviaQuestion? Create(QuestionCandidate candidate, Random random) =>
        _generators[candidate.Kind].Create(candidate, random);

    /// <summary>
    /// Chooses among this bank's candidates: a kind at random among those still available, then a candidate of that
    /// kind not asked in the channel recently; when every one has been asked recently, the one asked longest ago.
    /// </summary>
    internal TriviaQuestion? Pick(QuestionFilter filter, IReadOnlySet<string> usedSourcesInGame, IReadOnlyDictionary<string, DateTimeOffset> recentlyAskedInChannel, Random random)
    {
        var pool = Candidates
            .Where(candidate => filter.Allows(candidate) && !usedSourcesInGame.Contains(candidate.SourceKey))
            .ToList();
        while (pool.Count > 0)
        {
            var kinds = pool.Select(candidate => candidate.Kind).Distinct().Order().ToArray();
            var kind = kinds[random.Next(kinds.Length)];
            var ofKind = pool.Where(candidate => candidate.Kind == kind).ToList();
            var fresh = ofKind.Where(candidate => !recentlyAskedInChannel.ContainsKey(candidate.Key)).ToList();
            var pick = fresh.Count > 0
                ? fresh[random.Next(fresh.Count)]
                : ofKind.MinBy(candidate => recentlyAskedInChannel[candidate.Key])!;
            if (Create(pick, random) is { } question)
            {
                return question;
            }

            pool.Remove(pick);
        }

        return null;
    }
}
