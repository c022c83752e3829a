namespace StoryBot.Corpus.Attribution;

/// <summary>Confidence floors, chosen from the labelled seed fixtures (docs/dialogue.md has the measurements).</summary>
public static class AttributionThresholds
{
    /// <summary>Lines at or above this confidence, with a listed speaker, may become trivia answers.</summary>
    public const double Trivia = 0.8;
}
