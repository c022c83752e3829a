using Microsoft.Extensions.Options;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// The question banks of the current library: one with every story, one without Mature/Explicit stories for
/// SFW channels. Rebuilt when the source returns a different corpus (after an import).
/// </summary>
public sealed class TriviaQuestionBanks(ITriviaCorpusSource source, IOptions<TriviaOptions> options)
{
    private readonly Lock _gate = new();
    private TriviaCorpus? _corpus;
    private QuestionBank? _all;
    private QuestionBank? _safe;

    public async Task<QuestionBank> GetAsync(bool allowsMatureContent, CancellationToken cancellationToken)
    {
        var corpus = await source.LoadAsync(cancellationToken);
        lock (_gate)
        {
            if (!ReferenceEquals(corpus, _corpus))
            {
                _corpus = corpus;
                _all = null;
                _safe = null;
            }

            return allowsMatureContent
                ? _all ??= new QuestionBank(corpus, options.Value.Questions)
                : _safe ??= new QuestionBank(corpus.Where(story => !story.IsAdult), options.Value.Questions);
        }
    }
}
