namespace StoryBot.Trivia.Questions;

/// <summary>The kinds of generated question. The names double as the <c>kind</c> option's values.</summary>
public enum QuestionKind
{
    /// <summary>A confidently attributed line; pick its speaker.</summary>
    WhoSaidIt = 0,

    /// <summary>The start of a line; pick its ending.</summary>
    FinishTheLine = 1,

    /// <summary>A short passage with the names masked; pick its story.</summary>
    WhichStory = 2,
}
