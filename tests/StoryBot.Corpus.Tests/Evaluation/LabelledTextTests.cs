using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Evaluation;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Tests.Evaluation;

public class LabelledTextTests
{
    [Fact]
    public void Parse_LabelsAfterQuoteOrTag_StrippedWithOffsets()
    {
        var labelled = LabelledText.Parse("\"Hi,\"{Ann} said Ann. \"Go.\" said he.{Bob}\n\n\"Eh?\"{-}");

        Assert.Equal("\"Hi,\" said Ann. \"Go.\" said he.\n\n\"Eh?\"", labelled.Text);
        Assert.Equal([new(5, "Ann"), new(30, "Bob"), new(37, null)], labelled.Labels);
    }

    [Fact]
    public void Parse_UnclosedLabel_Throws() => Assert.Throws<FormatException>(() => LabelledText.Parse("\"Hi,\"{Ann said"));

    [Fact]
    public void Evaluate_RightWrongAndAbstained_Counted()
    {
        var gold = new CharacterList([new Character("Ann Lee", ["Ann"], Gender.Female), new Character("Bob Hart", ["Bob"], Gender.Male)]);
        var labelled = LabelledText.Parse("\"Hi,\" said Ann.{Ann Lee}\n\n\"Go,\" said Bob.{Ann Lee}\n\n\"Eh?\" asked a stranger.{-}");

        var evaluation = AttributionEvaluator.Evaluate(labelled, gold, discover: false);

        Assert.Equal(new AttributionScore(Quotes: 3, WithSpeaker: 2, Answered: 2, Right: 1), evaluation.Score);
        Assert.Single(evaluation.Errors);
        Assert.Empty(evaluation.Unlabelled);
    }
}
