using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Characters.Discovery;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>Gender of found characters on little evidence: sure votes, kin words, object pronouns, common given names.</summary>
public class GenderEstimatorTests
{
    private static readonly CharacterList Two = new([new Character("Mira", []), new Character("Kaito", [])]);

    private static (int[] Male, int[] Female, int[] SureMale, int[] SureFemale) Votes(string text, CharacterList characters) =>
        GenderEstimator.Votes([ChapterParser.ParseText(text, "g.txt")], characters);

    [Fact]
    public void Votes_SubjectThenPronounOpeningTheNextSentence_IsSure()
    {
        var votes = Votes("Mira put the cup down. She looked out at the rain.", Two);

        Assert.Equal((0, 1, 0, 1), (votes.Male[0], votes.Female[0], votes.SureMale[0], votes.SureFemale[0]));
    }

    [Fact]
    public void Votes_ObjectPronounInTheSubjectsSentence_IsNoVote()
    {
        var votes = Votes("Mira looked at him for a long time. She said nothing.", Two);

        Assert.Equal(0, votes.Male[0]);
        Assert.Equal(1, votes.Female[0]);
    }

    [Fact]
    public void Votes_PossessiveInTheSubjectsSentence_IsNotSure()
    {
        // "his" is Kaito's, named just before: a vote (counted against Mira) but never a sure one.
        var votes = Votes("Kaito stood up. Mira grabbed his sleeve.", Two);

        Assert.Equal(0, votes.SureMale[0]);
    }

    [Fact]
    public void Votes_DescribedPersonBetween_TakesThePronoun()
    {
        var votes = Votes("Kaito looked at the girl by the door. She laughed at him.", Two);

        Assert.Equal(0, votes.Female[1]);
    }

    [Fact]
    public void Votes_KinWordInApposition_IsASureVote()
    {
        var votes = Votes("He had not seen his sister Mira since the spring.", Two);

        Assert.Equal(1, votes.SureFemale[0]);
    }

    [Fact]
    public void Decide_TwoAgreeingVotes_Decides_OneVoteOrOneContrary_DoesNot()
    {
        Assert.Equal(Gender.Female, GenderEstimator.Decide(0, 2, 0, 1));
        Assert.Equal(Gender.Female, GenderEstimator.Decide(0, 2, 0, 0)); // two plain votes, none contrary (75 of 75 right on the open sets)
        Assert.Equal(Gender.Unknown, GenderEstimator.Decide(1, 0, 1, 0)); // one sure vote
        Assert.Equal(Gender.Unknown, GenderEstimator.Decide(1, 0, 0, 0)); // one plain vote
        Assert.Equal(Gender.Unknown, GenderEstimator.Decide(1, 2, 0, 1));
        Assert.Equal(Gender.Unknown, GenderEstimator.Decide(2, 2, 1, 1));
        Assert.Equal(Gender.Male, GenderEstimator.Decide(3, 0, 0, 0));
    }

    [Fact]
    public void Resolve_CommonGivenNameAndNoPronoun_TakesTheNamesGender()
    {
        var text = "Walter Brisk left the car at the gate.\n\n\"You're late,\" said Walter Brisk.\n\n\"The bridge was out,\" said Ada Lorne.\n\n" +
                   "\"It's always out,\" said Walter Brisk.\n\n\"Not always,\" said Ada Lorne.";

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "g.txt")]);

        Assert.Equal(Gender.Male, cast.Entries.Single(e => e.Character.Name == "Walter Brisk").Character.Gender);
        Assert.Equal(Gender.Female, cast.Entries.Single(e => e.Character.Name == "Ada Lorne").Character.Gender);
    }

    [Fact]
    public void Resolve_GivenNameButThePronounsSayOtherwise_StaysUnknown()
    {
        var text = "\"You're late,\" said Walter Brisk. She laughed at the gate.\n\n\"The bridge was out,\" said Walter Brisk.";

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "g.txt")]);

        Assert.Equal(Gender.Unknown, cast.Entries.Single(e => e.Character.Name == "Walter Brisk").Character.Gender);
    }

    [Fact]
    public void GivenNames_InventedAndFandomNames_AreUnknown()
    {
        Assert.Equal(Gender.Male, GivenNames.Of("Walter"));
        Assert.Equal(Gender.Female, GivenNames.Of("Harriet"));
        Assert.Equal(Gender.Unknown, GivenNames.Of("Naruto"));
        Assert.Equal(Gender.Unknown, GivenNames.Of("Jordan")); // both
        Assert.Equal(Gender.Unknown, GivenNames.Of("King")); // a rank, removed
    }
}
