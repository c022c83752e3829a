using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>Every question a corpus can yield, by kind, and the means to draw a fresh instance of any of them.</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<QuestionKind, IQuestionGenerator> _generators;

    public QuestionBank(TriviaCorpus corpus, QuestionRules rules)
    {
        var context = new QuestionContext(corpus, rules);
        _generators = new IQuestionGenerator[]
        {
            new WhoSaidItGenerator(context),
            new FinishTheLineGenerator(context),
            new WhichStoryGenerator(context),
        }.ToDictionary(generator => generator.Kind);
        Candidates = [.. _generators.Values.SelectMany(generator => generator.Candidates())];
        Corpus = corpus;
    }

    public TriviaCorpus Corpus { get; }

    public IReadOnlyList<QuestionCandidate> Candidates { get; }

    /// <summary>How many questions of each kind the corpus yields.</summary>
    public IReadOnlyDictionary<QuestionKind, int> CountByKind() =>
        Enum.GetValues<QuestionKind>().ToDictionary(kind => kind, kind => Candidates.Count(candidate => candidate.Kind == kind));

    public TriviaQuestion? Create(QuestionCandidate candidate, Random random) =>
        _generators[candidate.Kind].Create(candidate, random);
}
