namespace StoryBot.Trivia.Questions;

/// <summary>
/// A ready-to-ask question. <see cref="Key"/> identifies it for "not again so soon" (e.g. <c>who:42</c>);
/// <see cref="SourceKey"/> identifies the text it was made from, so one line is never asked twice in a game under two kinds.
/// </summary>
public sealed record TriviaQuestion(
    QuestionKind Kind,
    string Key,
    string SourceKey,
    long StoryId,
    string Body,
    IReadOnlyList<string> Choices,
    int AnswerIndex,
    AnswerContext Context)
{
    public string Answer => Choices[AnswerIndex];
}
