using Microsoft.Extensions.Options;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// The question libraries of the current library: one with every story, one without Mature/Explicit stories for
/// SFW channels. Replaced when the source returns a different catalog (after an import).
/// </summary>
public sealed class TriviaQuestionBanks(ITriviaCorpusSource source, IOptions<TriviaOptions> options)
{
    private readonly Lock _gate = new();
    private TriviaCatalog? _catalog;
    private Lazy<CharacterNames>? _names;
    private QuestionLibrary? _all;
    private QuestionLibrary? _safe;

    public async Task<QuestionLibrary> GetAsync(bool allowsMatureContent, CancellationToken cancellationToken)
    {
        var catalog = await source.LoadCatalogAsync(cancellationToken);
        var settings = options.Value;
        lock (_gate)
        {
            if (!ReferenceEquals(catalog, _catalog))
            {
                _catalog = catalog;
                _names = new Lazy<CharacterNames>(() => new CharacterNames(catalog.Characters.Values));
                _all = null;
                _safe = null;
            }

            return allowsMatureContent
                ? _all ??= new QuestionLibrary(source, catalog, allowsMatureContent: true, settings.Questions, settings.WholeLibraryMaxRows, _names)
                : _safe ??= new QuestionLibrary(source, catalog, allowsMatureContent: false, settings.Questions, settings.WholeLibraryMaxRows, _names);
        }
    }
}
