using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Questions;

namespace StoryBot.Tests.Trivia.Questions;

public class FinishTheLineGeneratorTests
{
    [Fact]
    public void Of_LineWithCommaNearMiddle_CutsAfterTheComma()
    {
        var split = LineSplit.Of("Hey Naruto I want you to come with me, we can train together and destroy the village.");

        Assert.NotNull(split);
        Assert.Equal("Hey Naruto I want you to come with me,", split.Start);
        Assert.Equal("we can train together and destroy the village.", split.Ending);
    }

    [Fact]
    public void Of_LineWithoutPunctuation_CutsAtTheMiddleWord()
    {
        var split = LineSplit.Of("one two three four five six seven eight");

        Assert.NotNull(split);
        Assert.Equal("one two three four", split.Start);
        Assert.Equal(4, split.EndingWords);
    }

    [Fact]
    public void Create_StoryWithManyLines_OffersTheTrueEndingAndThreeDistinctEndingsOfTheStory()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var other = corpus.Story("Elsewhere");
        var line = corpus.Line(story, null, "I will bring him back, even if I have to break every bone in his body.", 0);
        corpus.Line(story, null, "We are all here because we believe in him, and we always will.", 0);
        corpus.Line(story, null, "The village will fall tonight, unless somebody stands up to the snake.", 0);
        corpus.Line(story, null, "You never listen to me, you never listen to anyone at all.", 0);
        corpus.Line(story, null, "You never listen to me, you never listen to anyone at all.", 0);
        corpus.Line(other, null, "This line is from another story, so it comes last if at all.", 0);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());
        var candidate = Assert.Single(bank.Candidates, candidate => candidate.Key == $"finish:{line}");
        var question = bank.Create(candidate, new Random(3));

        Assert.NotNull(question);
        Assert.Equal("I will bring him back,", question.Body);
        Assert.Equal("…even if I have to break every bone in his body.", question.Answer);
        Assert.Equal(4, question.Choices.Count);
        Assert.Equal(4, question.Choices.Distinct().Count());
        Assert.DoesNotContain(question.Choices, choice => choice.Contains("another story", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("and then he ran away from all of them, laughing.")]
    [InlineData("I will bring him back, even if I have to break,")]
    [InlineData("Too short, really.")]
    public void Candidates_FragmentOrShortLine_AreNotAsked(string text)
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var line = corpus.Line(story, null, text, 0);
        corpus.Line(story, null, "We are all here because we believe in him, and we always will.", 0);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Key == $"finish:{line}");
    }
}
