using StoryBot.Data.Trivia;
using StoryBot.Corpus.Model;
using StoryBot.Data.Libraries;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>A fixed corpus, for game tests that don't need the story database.</summary>
public sealed class StaticCorpusSource(TriviaCorpus corpus) : ITriviaCorpusSource
{
    private readonly TriviaCatalog _catalog = TriviaCatalog.Of(corpus, new QuestionRules().MinConfidence);

    public Task<TriviaCatalog> LoadCatalogAsync(LibraryScope scope, CancellationToken cancellationToken) => Task.FromResult(_catalog);

    public Task<TriviaRows> LoadChaptersAsync(LibraryScope scope, IReadOnlyCollection<long>? chapterIds, bool lines, bool passages, CancellationToken cancellationToken) =>
        Task.FromResult(new TriviaRows(
            lines ? [.. corpus.Lines.Where(line => chapterIds is null || chapterIds.Contains(line.ChapterId))] : [],
            passages ? [.. corpus.Passages.Where(passage => chapterIds is null || chapterIds.Contains(passage.ChapterId))] : []));

    public Task<long?> FindSpeechChapterAsync(LibraryScope scope, double position, bool excludeAdult, CancellationToken cancellationToken)
    {
        var speech = corpus.Lines.Where(line => line.Kind == DialogueKind.Speech && !(excludeAdult && corpus.Stories[line.StoryId].IsAdult)).OrderBy(line => line.Id).ToList();
        return Task.FromResult(speech.Count == 0 ? null : (long?)speech[(int)(position * speech.Count)].ChapterId);
    }

    public Task<IReadOnlyList<TriviaPassage>> FindPassagesAsync(LibraryScope scope, double position, int count, bool excludeAdult, CancellationToken cancellationToken)
    {
        var passages = corpus.Passages.Where(passage => !(excludeAdult && corpus.Stories[passage.StoryId].IsAdult)).OrderBy(passage => passage.Id).ToList();
        var start = (int)(position * passages.Count);
        return Task.FromResult<IReadOnlyList<TriviaPassage>>([.. passages.Skip(start).Concat(passages.Take(start)).Take(count)]);
    }
}
