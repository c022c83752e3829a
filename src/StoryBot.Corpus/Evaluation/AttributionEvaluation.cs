namespace StoryBot.Corpus.Evaluation;

/// <summary>The score of one labelled text, the labels no quote carried, and every wrong answer (for reading).</summary>
public sealed record AttributionEvaluation(
    AttributionScore Score,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Unlabelled);
