using StoryBot.Corpus.Attribution;

namespace StoryBot.Trivia.Questions;

/// <summary>Defaults shared by the question rules.</summary>
internal static class TriviaDefaults
{
    /// <summary>The attribution confidence trivia trusts: the dialogue helper's threshold, chosen on the labelled seeds.</summary>
    public const double MinConfidence = AttributionThresholds.Trivia;
}
