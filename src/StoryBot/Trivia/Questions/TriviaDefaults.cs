namespace StoryBot.Trivia.Questions;

/// <summary>Defaults shared by the question rules.</summary>
internal static class TriviaDefaults
{
    /// <summary>The attribution confidence trivia trusts. Kept in step with the dialogue helper's threshold.</summary>
    public const double MinConfidence = 0.8;
}
