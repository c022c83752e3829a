using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>Ranks used as names ("said the Captain") and a first-person narrator known only by how others address them.</summary>
public class NovelEpithetTests
{
    private static readonly CharacterList Ship = new(
    [
        new Character("Robert Halloway", ["Captain Halloway", "Halloway"], Gender.Male),
        new Character("Septimus Grey", ["Dr. Grey", "Grey"], Gender.Male),
        new Character("Eleanor Fenwick", ["Eleanor"], Gender.Female),
    ]);

    [Fact]
    public void Attribute_SaidTheCaptain_IsTheOneListedCaptain()
    {
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText("\"They were very bad, ma'am,\" said the Captain.\n\n\"Well, Eleanor,\" said the doctor."), Ship);
        Assert.Equal(["Robert Halloway", "Septimus Grey"], lines.Select(l => l.Speaker ?? string.Empty));
        Assert.All(lines, l => Assert.True(l.Confidence >= AttributionThresholds.Trivia));
    }

    [Fact]
    public void Attribute_RankTwoCharactersShare_Abstains()
    {
        var two = new CharacterList([new Character("Robert Halloway", ["Captain Halloway"], Gender.Male), new Character("John Reed", ["Captain Reed"], Gender.Male)]);
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText("\"Hard a-port,\" said the Captain."), two);
        Assert.Null(lines[0].Speaker);
    }

    [Fact]
    public void Attribute_NarratorOnlyAddressedByName_SaidIIsThem()
    {
        var list = new CharacterList(
        [
            new Character("Philip Ashby", ["Mr. Ashby"], Gender.Male),
            new Character("Jonas Crale", ["Mr. Crale"], Gender.Male),
        ]);
        const string text = """
            I went up the stairs. I knocked, and I waited, and I heard Mr. Crale cross the room. I was cold and I was tired.

            "Good evening, Mr. Ashby," said Mr. Crale.

            "Good evening," said I. I sat down where I was told.

            "You are late, Mr. Ashby."

            "I was kept at the bank," I said. I did not say more, and I saw that he did not believe me.
            """;
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText(text.Replace("\r\n", "\n", StringComparison.Ordinal)), list);
        Assert.Equal("Philip Ashby", lines[1].Speaker);
        Assert.Equal("Philip Ashby", lines[3].Speaker);
        Assert.NotEqual("Philip Ashby", lines[2].Speaker);
    }
}
