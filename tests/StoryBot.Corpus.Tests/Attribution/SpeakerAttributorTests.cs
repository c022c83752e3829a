using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>One focused case per sieve and per abstention rule, on synthetic text.</summary>
public class SpeakerAttributorTests
{
    private static IReadOnlyList<AttributedLine> Attribute(string text, CharacterList? characters = null) =>
        SpeakerAttributor.Attribute(TestChapters.FromText(text), characters ?? TestCharacters.Naruto);

    private static string[] Speakers(string text, CharacterList? characters = null) => [.. Attribute(text, characters).Select(l => l.Speaker ?? string.Empty)];

    [Theory]
    [InlineData("\"Hello,\" said Lee.")]
    [InlineData("\"Hello,\" said lee.")]
    [InlineData("\"Hello.\" Said Lee.")]
    [InlineData("\"Hello?\" Lee asked.")]
    [InlineData("\"Hello,\" Lee quietly replied.")]
    [InlineData("Lee yelled \"Hello!\"")]
    [InlineData("Lee stood up and said, \"Hello.\"")]
    [InlineData("\"Hello!\" the real Lee yelled.")]
    public void Attribute_NamedTag_GivesTheNamedSpeaker(string text)
    {
        var line = Assert.Single(Attribute(text));
        Assert.Equal("Rock Lee", line.Speaker);
        Assert.Equal(Sieves.NamedTag, line.Sieve);
        Assert.True(line.Confidence >= AttributionThresholds.Trivia);
    }

    [Theory]
    [InlineData("\"Yea that bastard needs to die\" replied the other.", "the other")]
    [InlineData("\"I don't care\" said a drunk villager.", "a drunk villager")]
    [InlineData("\"Impossible,\" the demon rumbled.", "the demon")]
    public void Attribute_UnlistedSpeaker_KeepsTheMentionAndAbstains(string text, string mention)
    {
        var line = Assert.Single(Attribute(text));
        Assert.Null(line.Speaker);
        Assert.Equal(mention, line.SpeakerMention);
    }

    [Fact]
    public void Attribute_InterruptedQuote_SharesTheSpeaker()
    {
        var lines = Attribute("\"He did it,\" Tsunade whispered. \"He really did it.\"");
        Assert.Equal(["Tsunade", "Tsunade"], lines.Select(l => l.Speaker ?? string.Empty));
        Assert.Equal(Sieves.Continuation, lines[1].Sieve);
    }

    [Fact]
    public void Attribute_SeveralSpeakersTaggedInOneParagraph_EachGetsTheirOwn()
    {
        var text = "Tenten smiled \"Yes Naruto. Youth served you well.\" Said Lee \"We all saw you. Just rest.\" Said Tenten " +
                   "\"The mission was a success.\" said Neji as he helped.";
        Assert.Equal(["Rock Lee", "Tenten", "Neji Hyuga"], Speakers(text, WithTenten()));
    }

    [Fact]
    public void Attribute_SubjectTagRunningIntoTheNextQuote_LeadsIntoIt()
    {
        var text = "Kabuto smiled at Naruto. \"Very well then.\" Naruto sneered at Kabuto \"Fuck you Kabuto.\"";
        Assert.Equal(["Kabuto Yakushi", "Naruto Uzumaki"], Speakers(text));
    }

    [Fact]
    public void Attribute_PronounTagWithOneWomanInPlay_ResolvesToHer()
    {
        var text = "Tsunade's eyes widened when Naruto fell. \"Naruto!\" she screamed.";
        var line = Assert.Single(Attribute(text));
        Assert.Equal("Tsunade", line.Speaker);
        Assert.Equal(Sieves.PronounTag, line.Sieve);
    }

    [Fact]
    public void Attribute_PronounTagWithTwoMenInPlay_Abstains()
    {
        var text = "Naruto glared at Sasuke across the valley.\n\n\"Come back,\" he said.";
        Assert.Null(Assert.Single(Attribute(text)).Speaker);
    }

    [Fact]
    public void Attribute_PronounTagWithUnknownGenderCharacterInPlay_Abstains()
    {
        var list = new CharacterList([new Character("Naruto Uzumaki", ["Naruto"], Gender.Male), new Character("Haku", [])]);
        Assert.Null(Assert.Single(Attribute("Naruto watched Haku.\n\n\"Why?\" he asked.", list)).Speaker);
    }

    [Fact]
    public void Attribute_NameMentionedOnlyInsideAQuote_DoesNotResolveAPronoun()
    {
        var text = "The room was quiet.\n\n\"That person is Sasuke.\"\n\nThere was silence and so he continued,\n\n\"We leave tonight.\"";
        Assert.All(Attribute(text), l => Assert.Null(l.Speaker));
    }

    [Fact]
    public void Attribute_ParagraphEndingInATag_GivesTheNextParagraphsQuote()
    {
        var text = "Shikamaru took a deep breath then opened his eyes and said with conviction,\n\n\"We are here for Naruto.\"";
        var line = Assert.Single(Attribute(text, WithShikamaru()));
        Assert.Equal("Shikamaru Nara", line.Speaker);
        Assert.Equal(Sieves.ParagraphTag, line.Sieve);
    }

    [Fact]
    public void Attribute_NegatedOrInfinitiveVerb_IsNotATag()
    {
        var text = "Shikamaru waited until he was sure Naruto was not going to answer.\n\n\"WHY?\" Then he waited for Naruto to reply. \"Naruto, answer me.\"";
        Assert.All(Attribute(text, WithShikamaru()), l => Assert.NotEqual("Naruto Uzumaki", l.Speaker));
    }

    [Fact]
    public void Attribute_MultiParagraphQuote_ContinuesWithTheSameSpeaker()
    {
        var text = "\"This is the first part,\" said Lee, \"and it goes on\n\n\"and on into the next paragraph.\"";
        Assert.Equal(["Rock Lee", "Rock Lee", "Rock Lee"], Speakers(text));
        Assert.Equal(Sieves.MultiParagraph, Attribute(text)[2].Sieve);
    }

    [Fact]
    public void Attribute_ActionBeat_GivesTheSubjectBelowTriviaConfidence()
    {
        var line = Assert.Single(Attribute("Neji tapped Naruto on the shoulder. \"They are headed this way.\""));
        Assert.Equal("Neji Hyuga", line.Speaker);
        Assert.Equal(Sieves.ActionBeat, line.Sieve);
        Assert.True(line.Confidence < AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_BeatSubjectAddressedInTheQuote_Abstains()
    {
        // Vocative exclusion: Sakura is spoken to, so she is not the speaker.
        Assert.Null(Assert.Single(Attribute("Sakura tried to stop her. \"She needs to do this Sakura.\"")).Speaker);
        Assert.Null(Assert.Single(Attribute("Naruto turned around. \"Naruto, look out!\"")).Speaker);
    }

    [Fact]
    public void Attribute_NameAsTheVerbsObject_IsNotAddressed()
    {
        // "He chose Sasuke!" talks about Sasuke; it does not speak to him, so Sasuke's own tag stands.
        var line = Assert.Single(Attribute("\"Kakashi chose Sasuke!\" said Sasuke."));
        Assert.Equal("Sasuke Uchiha", line.Speaker);
        Assert.True(line.Confidence >= AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_BeatWithAnotherPossibleSubject_Abstains() =>
        Assert.Null(Assert.Single(Attribute("Naruto was brought out of his thoughts when Lee put a hand on his shoulder. \"Take the chance.\"")).Speaker);

    [Fact]
    public void Attribute_ScareQuoteInsideASentence_IsNotAttributed() =>
        Assert.Null(Assert.Single(Attribute("Naruto was cut off by Lee, who was radiating a \"this is so troublesome\" aura.")).Speaker);

    [Fact]
    public void Attribute_ReplyToAVocative_GoesToTheAddressee()
    {
        var text = "\"Sakura you can't!\" Tsunade cried.\n\n\"She's right, Sakura,\" Naruto said.\n\n\"You won't stop me.\"";
        var lines = Attribute(text);
        Assert.Equal("Sakura Haruno", lines[2].Speaker);
        Assert.Equal(Sieves.Addressee, lines[2].Sieve);
    }

    [Fact]
    public void Attribute_TwoPersonAlternationAnchoredByNames_GivesTheFirstSpeakerAgain()
    {
        var text = "\"Well it's about time,\" said Tsunade.\n\n\"So you will let us leave?\" Sakura asked.\n\n\"I will do better than that.\"";
        var lines = Attribute(text);
        Assert.Equal("Tsunade", lines[2].Speaker);
        Assert.Equal(Sieves.Alternation, lines[2].Sieve);
        Assert.True(lines[2].Confidence >= AttributionThresholds.Trivia);
    }

    [Fact]
    public void Attribute_AlternationAfterANarrationParagraph_Abstains()
    {
        var text = "\"Well it's about time,\" said Tsunade.\n\n\"So you will let us leave?\" Sakura asked.\n\n" +
                   "The wind rattled the shutters for a long while.\n\n\"I will do better than that.\"";
        Assert.Null(Attribute(text)[2].Speaker);
    }

    [Fact]
    public void Attribute_AlternationWithAThirdVoiceNearby_Abstains()
    {
        var text = "\"Hurry,\" said Kakashi.\n\n\"Well it's about time,\" said Tsunade.\n\n\"So you will let us leave?\" Sakura asked.\n\n\"I will do better than that.\"";
        Assert.Null(Attribute(text)[3].Speaker);
    }

    [Fact]
    public void Attribute_AlternationOntoTheAddressedName_Abstains()
    {
        var text = "\"Well it's about time,\" said Tsunade.\n\n\"So you will let us leave?\" Sakura asked.\n\n\"Well, Tsunade, I will do better than that.\"";
        Assert.Null(Attribute(text)[2].Speaker);
    }

    [Fact]
    public void Attribute_AlternationBothWaysDisagree_Abstains()
    {
        // Forwards the fourth line is Tsunade's; backwards (from Sakura, Tsunade) it is Sakura's: someone spoke twice.
        var text = "\"Well it's about time,\" said Tsunade.\n\n\"So you will let us leave?\" Sakura asked.\n\n\"I will do better than that.\"\n\n" +
                   "\"How?\"\n\n\"Like this,\" said Sakura.\n\n\"Oh,\" said Tsunade.";
        var lines = Attribute(text);
        Assert.Null(lines[2].Speaker);
        Assert.Null(lines[3].Speaker);
    }

    [Fact]
    public void Attribute_UnnamedPersonInTheNarration_BlocksTheOnlyNamedOfThatGender()
    {
        var text = "Kakashi threw a stick at him. The boy caught it and lay down.\n\n\"Wake me later,\" he said.";
        Assert.Null(Attribute(text)[0].Speaker);
    }

    [Fact]
    public void Attribute_AlternationWithoutNamedTurns_Abstains()
    {
        var text = "\"Well it's about time,\" she said.\n\n\"So you will let us leave?\"\n\n\"I will do better than that.\"";
        Assert.All(Attribute(text), l => Assert.Null(l.Speaker));
    }

    [Fact]
    public void Attribute_SingleQuotedThought_IsKindThought()
    {
        var text = "\"Come with me,\" Sasuke said.\n\n'Naruto didn't deserve this' Sasuke thought\n\n\"No.\"";
        var lines = Attribute(text);
        Assert.Equal(DialogueKind.Thought, lines[1].Kind);
        Assert.Equal("Sasuke Uchiha", lines[1].Speaker);
        Assert.Equal(DialogueKind.Speech, lines[0].Kind);
    }

    [Fact]
    public void Attribute_AmbiguousNameInTag_Abstains() =>
        Assert.Null(Assert.Single(Attribute("\"Stay back,\" said Hyuga.")).Speaker);

    [Fact]
    public void Attribute_NoCharacterList_AbstainsEverywhere() =>
        Assert.All(Attribute("\"Hello,\" said Lee.\n\n\"Hi,\" Naruto said.", CharacterList.Empty), l => Assert.Null(l.Speaker));

    [Fact]
    public void Attribute_ListenerReactionAfterAFullStop_IsNotATag()
    {
        // "Naruto laughed." after someone else's full-stopped line is a reaction, not Naruto's tag.
        var text = "\"This war is troublesome.\" Said Lee. \"Maybe you could give us pointers.\" Naruto laughed. \"Not everybody can be me.\"";
        Assert.Equal(["Rock Lee", "Rock Lee", "Naruto Uzumaki"], Speakers(text));
    }

    [Fact]
    public void Attribute_OneLinePerQuoteInOrder_WithConfidenceInRange()
    {
        var chapter = TestChapters.FromText("\"A,\" said Lee. \"B.\"\n\nNarration.\n\n\"C?\" Naruto asked.");
        var lines = SpeakerAttributor.Attribute(chapter, TestCharacters.Naruto);
        Assert.Equal(chapter.Paragraphs.SelectMany(p => p.Quotes), lines.Select(l => l.Quote));
        Assert.All(lines, l => Assert.InRange(l.Confidence, 0, 1));
    }

    private static CharacterList WithTenten() => new([.. TestCharacters.Naruto.Characters, new Character("Tenten", [], Gender.Female)]);

    private static CharacterList WithShikamaru() => new([.. TestCharacters.Naruto.Characters, new Character("Shikamaru Nara", ["Shikamaru"], Gender.Male)]);
}
