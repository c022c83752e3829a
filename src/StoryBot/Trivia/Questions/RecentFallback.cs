namespace StoryBot.Trivia.Questions;

/// <summary>
/// While a search for a fresh question passes over candidates asked recently, keeps the one asked longest ago: the
/// question to fall back on when no fresh one turns up.
/// </summary>
internal sealed class RecentFallback
{
    private (QuestionBank Bank, QuestionCandidate Candidate, DateTimeOffset AskedAt)? _oldest;

    public void Offer(QuestionBank bank, QuestionCandidate candidate, DateTimeOffset askedAt)
    {
        if (_oldest is null || askedAt < _oldest.Value.AskedAt)
        {
            _oldest = (bank, candidate, askedAt);
        }
    }

    public TriviaQuestion? Create(Random random) => _oldest is { } oldest ? oldest.Bank.Create(oldest.Candidate, random) : null;
}
