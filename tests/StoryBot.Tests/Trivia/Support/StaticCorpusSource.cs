using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>A fixed corpus, for game tests that don't need the story database.</summary>
public sealed class StaticCorpusSource(TriviaCorpus corpus) : ITriviaCorpusSource
{
    public Task<TriviaCorpus> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(corpus);
}
