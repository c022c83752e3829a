namespace StoryBot.Trivia.Questions;

/// <summary>What makes a line or passage good enough to ask about. Bound from <c>Trivia:Questions</c>.</summary>
public sealed class QuestionRules
{
    /// <summary>The least attribution confidence for a "Who said it?" line (default: the dialogue helper's trivia threshold).</summary>
    public double MinConfidence { get; set; } = TriviaDefaults.MinConfidence;

    public int MinWords { get; set; } = 6;

    public int MaxWords { get; set; } = 40;

    /// <summary>"Finish the line" needs room for a start and an ending of at least three words each.</summary>
    public int FinishMinWords { get; set; } = 8;

    public int PassageMinWords { get; set; } = 20;

    public int PassageMaxWords { get; set; } = 90;

    /// <summary>A line needs this many distinct words that are neither names nor exclamations ("Oh", "Hey", "Damn").</summary>
    public int MinContentWords { get; set; } = 3;
}
