using StoryBot.Corpus.Model;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Questions;

namespace StoryBot.Tests.Trivia.Questions;

public class WhoSaidItGeneratorTests
{
    private const string Line = "You will never understand what it means to protect the village";

    [Fact]
    public void Create_ConfidentLine_OffersSpeakerAndThreeOtherSpeakersOfTheStory()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var sakura = corpus.Character("Sakura");
        var kakashi = corpus.Character("Kakashi");
        var line = corpus.Line(story, sasuke, Line);
        corpus.Line(story, naruto, "Believe it, I am going to be the greatest ninja ever");
        corpus.Line(story, sakura, "We should get moving before the sun goes down today");
        corpus.Line(story, kakashi, "Sorry I am late, I got lost on the road of life");

        var question = Generate(corpus, $"who:{line}");

        Assert.Equal(QuestionKind.WhoSaidIt, question.Kind);
        Assert.Equal(Line, question.Body);
        Assert.Equal(4, question.Choices.Count);
        Assert.Equal("Sasuke", question.Answer);
        Assert.Equal(["Kakashi", "Naruto", "Sakura", "Sasuke"], question.Choices.Order());
        Assert.Equal("Sasuke", question.Context.Speaker);
        Assert.Equal("Second Chances", question.Context.StoryTitle);
    }

    [Theory]
    [InlineData(0.5, Line)]
    [InlineData(0.95, "Too short to ask")]
    [InlineData(0.95, "Naruto! Naruto! Naruto! Naruto! Naruto! Naruto!")]
    [InlineData(0.95, "Oh no, oh no, oh no, damn it Naruto!")]
    [InlineData(0.95, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive twentysix twentyseven twentyeight twentynine thirty thirtyone thirtytwo thirtythree thirtyfour thirtyfive thirtysix thirtyseven thirtyeight thirtynine forty fortyone")]
    public void Candidates_UnsuitableLine_AreNotAsked(double confidence, string text)
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var line = corpus.Line(story, sasuke, text, confidence);
        corpus.Line(story, 1, "Believe it, I am going to be the greatest ninja ever");

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Key == $"who:{line}");
    }

    [Fact]
    public void Candidates_ThoughtOrUnattributedLine_AreNotAsked()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto");
        corpus.Character("Sasuke");
        var thought = corpus.Line(story, naruto, Line, kind: DialogueKind.Thought);
        var abstained = corpus.Line(story, null, Line + " again", confidence: 0);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Key == $"who:{thought}" || candidate.Key == $"who:{abstained}");
    }

    [Fact]
    public void Create_UnlistedSpeakersAndAliases_NeverBecomeDistractors()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto", "Uzumaki");
        var kurama = corpus.Character("Kurama", "Kyuubi");
        var kyuubi = corpus.Character("Kyuubi", "Nine-Tails");
        var line = corpus.Line(story, naruto, Line);
        corpus.Line(story, kurama, "Foolish child, my power is not yours to command today");
        corpus.Line(story, kyuubi, "I will devour this whole village once I am free again");
        corpus.Line(story, null, "That demon brat is getting on my nerves again tonight", 0);
        corpus.Line(story, naruto, "I am an alias of myself and I say so very loudly", 0.95);

        var question = Generate(corpus, $"who:{line}");

        Assert.Equal(2, question.Choices.Count);
        Assert.Contains("Naruto", question.Choices);
        Assert.Single(question.Choices, choice => choice is "Kurama" or "Kyuubi");
    }

    [Fact]
    public void Create_TooFewSpeakersInStory_FillsInWithSpeakersOfOtherStories()
    {
        var corpus = new CorpusBuilder();
        var first = corpus.Story("Second Chances");
        var second = corpus.Story("A Mother's Tears");
        var naruto = corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var tsunade = corpus.Character("Tsunade");
        var kabuto = corpus.Character("Kabuto");
        var jiraiya = corpus.Character("Jiraiya");
        var line = corpus.Line(first, naruto, Line);
        corpus.Line(first, sasuke, "You are annoying, and you always have been to me");
        corpus.Line(second, tsunade, "I will not lose another precious person to this war");
        corpus.Line(second, kabuto, "It is totally laughable that you dream of becoming Hokage");
        corpus.Line(second, jiraiya, "A shinobi must see underneath the underneath, my boy");

        var questions = Enumerable.Range(0, 20).Select(seed => Generate(corpus, $"who:{line}", seed)).ToList();

        Assert.All(questions, question => Assert.Equal(4, question.Choices.Count));
        Assert.All(questions, question => Assert.Contains("Sasuke", question.Choices));
        Assert.All(questions, question => Assert.Equal("Naruto", question.Answer));
    }

    [Fact]
    public void Candidates_NobodyElseSpeaksAnywhere_NoQuestion()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto");
        corpus.Character("Sasuke");
        corpus.Line(story, naruto, Line);

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Kind == QuestionKind.WhoSaidIt);
    }

    [Fact]
    public void Create_CharacterAddressedInLine_IsNotADistractorButTheAddressee()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var sakura = corpus.Character("Sakura");
        var line = corpus.Line(story, sasuke, "Naruto, you deserve more than what this village has given you");
        corpus.Line(story, naruto, "Teme, what are you talking about, why should I join him?");
        corpus.Line(story, sakura, "We should get moving before the sun goes down today");

        var question = Generate(corpus, $"who:{line}");

        Assert.DoesNotContain("Naruto", question.Choices);
        Assert.Equal("Naruto", question.Context.Addressee);
    }

    [Fact]
    public void Candidates_LineNamingItsOwnSpeaker_AreNotAsked()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto", "Uzumaki");
        corpus.Character("Sasuke");
        var line = corpus.Line(story, naruto, "Nobody ever beats Uzumaki when he really tries his best");
        corpus.Line(story, 2, "You are annoying, and you always have been to me");

        var bank = new QuestionBank(corpus.Build(), new QuestionRules());

        Assert.DoesNotContain(bank.Candidates, candidate => candidate.Key == $"who:{line}");
    }

    private static TriviaQuestion Generate(CorpusBuilder corpus, string key, int seed = 1)
    {
        var bank = new QuestionBank(corpus.Build(), new QuestionRules());
        var candidate = Assert.Single(bank.Candidates, candidate => candidate.Key == key);
        var question = bank.Create(candidate, new Random(seed));
        Assert.NotNull(question);
        Assert.Equal(question.Choices.Count, question.Choices.Distinct().Count());
        return question;
    }
}
