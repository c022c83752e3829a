using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Questions;

namespace StoryBot.Tests.Trivia.Questions;

public class WhichStoryGeneratorTests
{
    private const string Passage =
        "Naruto's nails dug into his palm as he felt a tiny spark of red chakra trying to overcome him. Shaking his head slightly, he calmed himself down enough to regain his focus.";

    [Fact]
    public void Create_SeveralStories_MasksNamesAndOffersTitles()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("A Mother's Tears");
        corpus.Story("Second Chances");
        corpus.Story("Banished");
        corpus.Story("The Valley");
        corpus.Story("Dreams");
        corpus.Character("Naruto");
        var passage = corpus.Passage(story, Passage);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());
        var candidate = Assert.Single(bank.Candidates, candidate => candidate.Key == $"story:{passage}");
        var question = bank.Create(candidate, new Random(1));

        Assert.NotNull(question);
        Assert.StartsWith(CharacterNames.Mask + " nails dug", question.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Naruto", question.Body, StringComparison.Ordinal);
        Assert.Equal(4, question.Choices.Count);
        Assert.Equal("A Mother's Tears", question.Answer);
        Assert.Equal(Passage, question.Context.FullText);
    }

    [Fact]
    public void Candidates_OneStory_None()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("A Mother's Tears");
        corpus.Passage(story, Passage);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Kind == QuestionKind.WhichStory);
    }

    [Theory]
    [InlineData("Summary: When Shikamaru and the rest of the rookie nine set out to kill Sasuke once and for all, Naruto does all he can to stop them and more.")]
    [InlineData("Naruto and Sasuke and Sakura and Kakashi and Naruto and Sasuke met Sakura and Kakashi by the old bridge near the village gate that day.")]
    [InlineData("Too short a passage to recognise.")]
    public void Candidates_HeaderMostlyNamesOrShort_None(string text)
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("A Mother's Tears");
        corpus.Story("Second Chances");
        foreach (var name in new[] { "Naruto", "Sasuke", "Sakura", "Kakashi", "Shikamaru" })
        {
            corpus.Character(name);
        }

        corpus.Passage(story, text);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Kind == QuestionKind.WhichStory);
    }

    [Fact]
    public void Candidates_PassageQuotedInAnUntitledStorysTitle_None()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Untitled — “Naruto's nails dug into his palm…”");
        corpus.Story("Second Chances");
        corpus.Character("Naruto");
        corpus.Passage(story, Passage);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Kind == QuestionKind.WhichStory);
    }

    [Fact]
    public void Candidates_UntitledStories_NeverAnAnswerNorAChoice()
    {
        var corpus = new CorpusBuilder();
        var untitled = corpus.Story("Untitled — “Naruto slammed against a tree…”");
        corpus.Story("Untitled — “Everyone knows why we are here…”");
        var titled = corpus.Story("Second Chances");
        corpus.Story("Banished");
        corpus.Character("Naruto");
        corpus.Passage(untitled, Passage);
        var passage = corpus.Passage(titled, Passage.Replace("palm", "hand", StringComparison.Ordinal));

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        var candidate = Assert.Single(bank.Candidates, candidate => candidate.Kind == QuestionKind.WhichStory);
        Assert.Equal($"story:{passage}", candidate.Key);
        var question = bank.Create(candidate, new Random(1));
        Assert.NotNull(question);
        Assert.Equal(["Banished", "Second Chances"], question.Choices.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Candidates_OnlyOneRealTitle_None()
    {
        var corpus = new CorpusBuilder();
        var titled = corpus.Story("Second Chances");
        corpus.Story("Untitled — “Naruto slammed against a tree…”");
        corpus.Story("Untitled");
        corpus.Character("Naruto");
        corpus.Passage(titled, Passage);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Kind == QuestionKind.WhichStory);
    }
}
