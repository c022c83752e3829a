using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Questions;

namespace StoryBot.Tests.Trivia.Questions;

public class AddresseeGuesserTests
{
    [Theory]
    [InlineData("Naruto, you deserve more than this village gave you.", "Naruto")]
    [InlineData("Get out of the way, Naruto! Look out!", "Naruto")]
    [InlineData("You will come back with me, Naruto.", "Naruto")]
    [InlineData("I heard that Naruto went to the training grounds today.", null)]
    public void Guess_NameInDirectAddress_IsTheAddressee(string text, string? expected)
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var line = corpus.Line(story, sasuke, text);
        var context = new QuestionContext(corpus.Build(), new QuestionRules());

        var addressee = AddresseeGuesser.Guess(context, context.LinesById[line]);

        Assert.Equal(expected, addressee is { } id ? context.CharacterName(id) : null);
    }

    [Fact]
    public void Guess_TwoPersonExchange_IsTheOtherSpeaker()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        corpus.Line(story, naruto, "Why should I join him after everything he did?", paragraph: 1);
        var reply = corpus.Line(story, sasuke, "Because he can give us power that this village never will.", paragraph: 3);
        corpus.Line(story, naruto, "I don't want that kind of power, not ever.", paragraph: 4);
        var context = new QuestionContext(corpus.Build(), new QuestionRules());

        Assert.Equal(naruto, AddresseeGuesser.Guess(context, context.LinesById[reply]));
    }

    [Fact]
    public void Guess_ThirdSpeakerAnswers_Unsure()
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var naruto = corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var sakura = corpus.Character("Sakura");
        corpus.Line(story, naruto, "Why should I join him after everything he did?", paragraph: 1);
        var reply = corpus.Line(story, sasuke, "Because he can give us power that this village never will.", paragraph: 2);
        corpus.Line(story, sakura, "Both of you stop it right now, please.", paragraph: 3);
        var context = new QuestionContext(corpus.Build(), new QuestionRules());

        Assert.Null(AddresseeGuesser.Guess(context, context.LinesById[reply]));
    }
}
