namespace StoryBot.Trivia.Sources;

/// <summary>Reads what trivia needs from the story database. The only seam between trivia and the story data.</summary>
public interface ITriviaCorpusSource
{
    Task<TriviaCorpus> LoadAsync(CancellationToken cancellationToken);
}
