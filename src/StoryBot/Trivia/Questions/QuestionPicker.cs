namespace StoryBot.Trivia.Questions;

/// <summary>
/// Chooses the next question: a kind at random among those still available (so a kind with many candidates doesn't
/// crowd out the others), then a candidate of that kind not asked in this channel recently; when every candidate has
/// been asked recently, the one asked longest ago. Never the same line or passage twice in one game.
/// </summary>
public sealed class QuestionPicker(QuestionBank bank, Random random)
{
    public TriviaQuestion? Next(
        QuestionFilter filter,
        IReadOnlySet<string> usedSourcesInGame,
        IReadOnlyDictionary<string, DateTimeOffset> recentlyAskedInChannel)
    {
        var pool = bank.Candidates
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
            if (bank.Create(pick, random) is { } question)
            {
                return question;
            }

            pool.Remove(pick);
        }

        return null;
    }
}
