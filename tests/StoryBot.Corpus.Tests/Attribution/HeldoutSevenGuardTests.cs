using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// Guards from the blind heldout-7 run's wrong answers: a tag naming someone by kin ("said her son") is not the reply to
/// the line before; a list alias "the Konsul" is found in the narration; an owner after a preposition ("in Uncle
/// Bernard's hand") is not who "he" is.
/// </summary>
public class HeldoutSevenGuardTests
{
    private static List<AttributedLine> Lines(string text, params Character[] people) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), new CharacterList(people))];

    [Fact]
    public void Attribute_KinTagAfterAnAddressedLine_NotTheAddressee()
    {
        var lines = Lines(
            "\"You will find us very quiet, Mr. Crane,\" said Mrs. Pellingham.\n\n\"I read the sporting intelligence, mamma,\" said her son.",
            new Character("Septimus Crane", ["Mr. Crane"], Gender.Male),
            new Character("Mrs. Pellingham", [], Gender.Female),
            new Character("Frederick Pellingham", ["Frederick"], Gender.Male));

        Assert.Null(lines[1].Speaker);
    }

    [Fact]
    public void Attribute_TheRankAliasInNarration_MakesHeAmbiguous()
    {
        var lines = Lines(
            "Kurt snorted into his napkin, and the Konsul put down his spoon and smiled.\n\n\"It did not mind in the least, Mimi,\" he said.",
            new Character("Heinrich Brenner", ["Papa", "the Konsul"], Gender.Male),
            new Character("Kurt Brenner", ["Kurt"], Gender.Male),
            new Character("Mimi Brenner", ["Mimi"], Gender.Female));

        Assert.NotEqual("Kurt Brenner", lines[0].Speaker);
    }

    [Fact]
    public void Attribute_OwnerAfterPrepositionOnly_DoesNotResolveHe()
    {
        var lines = Lines(
            "I looked. There, in Uncle Bernard's tiny neat hand, was the price.\n\n\"Well,\" he said.",
            new Character("Judith Farrow", ["Judith"], Gender.Female),
            new Character("Kit Lyle", ["Kit"], Gender.Male),
            new Character("Bernard Farrow", ["Uncle Bernard"], Gender.Male));

        Assert.NotEqual("Bernard Farrow", lines[0].Speaker);
    }

    [Fact]
    public void Attribute_OwnerAfterPrepositionAndKinWord_DoesNotResolveHe()
    {
        var lines = Lines(
            "I looked. There, in Uncle Bernard's tiny neat hand, was the price.\n\n\"Well,\" he said.",
            new Character("Judith Farrow", ["Judith"], Gender.Female),
            new Character("Kit Lyle", ["Kit"], Gender.Male),
            new Character("Bernard", [], Gender.Male));

        Assert.NotEqual("Bernard", lines[0].Speaker);
    }
}
