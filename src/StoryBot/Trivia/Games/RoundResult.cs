namespace StoryBot.Trivia.Games;

/// <summary>A closed round: every answer (fastest first) with its score.</summary>
public sealed record RoundResult(GameRound Round, IReadOnlyList<RoundAnswer> Answers)
{
    public IEnumerable<RoundAnswer> Winners => Answers.Where(answer => answer.Correct);

    public int CountFor(int choice) => Answers.Count(answer => answer.Choice == choice);
}
