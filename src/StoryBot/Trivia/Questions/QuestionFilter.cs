namespace StoryBot.Trivia.Questions;

/// <summary>Limits a game to one story and/or one kind of question (the <c>story</c> and <c>kind</c> options).</summary>
public sealed record QuestionFilter(long? StoryId = null, QuestionKind? Kind = null)
{
    public static QuestionFilter None { get; } = new();

    public bool Allows(QuestionCandidate candidate) =>
        (StoryId is null || candidate.StoryId == StoryId) && (Kind is null || candidate.Kind == Kind);
}
