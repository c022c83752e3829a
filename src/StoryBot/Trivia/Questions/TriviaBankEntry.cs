using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>One library scope's catalog and question libraries in <see cref="TriviaQuestionBanks"/>.</summary>
internal sealed class TriviaBankEntry(TriviaCatalog catalog, Lazy<CharacterNames> names)
{
    public TriviaCatalog Catalog { get; } = catalog;

    public Lazy<CharacterNames> Names { get; } = names;

    public QuestionLibrary? All { get; set; }

    public QuestionLibrary? Safe { get; set; }

    public long LastUse { get; set; }
}
