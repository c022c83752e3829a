namespace StoryBot.Trivia.Questions;

/// <summary>Makes one kind of question: lists what it could ask about, then draws the choices for one of them.</summary>
internal interface IQuestionGenerator
{
    QuestionKind Kind { get; }

    /// <summary>Every line or passage this generator can make a question from (each has enough choices).</summary>
    IEnumerable<QuestionCandidate> Candidates();

    /// <summary>The question one line or passage (by id) yields, or null: lets a sampler judge one source at a time.</summary>
    QuestionCandidate? CandidateFor(long sourceId);

    /// <summary>Draws the choices and shuffles them; null only if the candidate no longer qualifies.</summary>
    TriviaQuestion? Create(QuestionCandidate candidate, Random random);
}
