namespace StoryBot.Trivia.Questions;

/// <summary>
/// Chooses the next question of a game: a kind at random among those still available (so a kind with many candidates
/// doesn't crowd out the others), then a question of that kind not asked in this channel recently; when every one has
/// been asked recently, the one asked longest ago. Never the same line or passage twice in one game.
/// </summary>
public sealed class QuestionPicker(QuestionLibrary library, Random random)
{
    public Task<TriviaQuestion?> NextAsync(
        QuestionFilter filter,
        IReadOnlySet<string> usedSourcesInGame,
        IReadOnlyDictionary<string, DateTimeOffset> recentlyAskedInChannel,
        CancellationToken cancellationToken) =>
        library.NextAsync(filter, usedSourcesInGame, recentlyAskedInChannel, random, cancellationToken);
}
