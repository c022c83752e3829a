using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// The narrator found by how others address them is never someone addressed as kin ("Aunt Adela"): the speakers' aunt is
/// a person the narrator sees (called "Mrs. Treherne" in the narration), so "said I" stays nobody's rather than hers.
/// </summary>
public class KinAddressNarratorTests
{
    [Fact]
    public void Attribute_OnlyAddressedAsAunt_NotTakenForTheNarrator()
    {
        var list = new CharacterList(
        [
            new Character("Adela", ["Aunt Adela"], Gender.Female),
            new Character("Roddy", [], Gender.Male),
        ]);
        const string text = """
            I went down to the drawing-room at six. I found the old lady by the fire, and I sat where I was told. I was tired and I was cold, and I said nothing. I watched the fire. I waited.

            "Good evening, Aunt Adela," said Roddy, coming in.

            "Good evening," said I. I did not look up.

            "You are late, Aunt Adela, and so am I."

            "I was kept," I said. I did not say more.
            """;
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText(text.Replace("\r\n", "\n", StringComparison.Ordinal)), list);
        Assert.Equal("Roddy", lines[0].Speaker);
        Assert.DoesNotContain(lines, l => l.Speaker == "Adela");
    }

    [Theory]
    [InlineData("Aunt Adela", -1)]
    [InlineData("Adela", 0)]
    public void Find_OnlyAddressedAsKin_NoNarrator(string address, int expected)
    {
        var list = new CharacterList(
        [
            new Character("Adela", ["Aunt Adela"], Gender.Female),
            new Character("Roddy", [], Gender.Male),
        ]);
        var text = $"""
            I went down at six. I sat where I was told, and I said nothing. I watched the fire and I waited, and I was cold.

            "Good evening, {address}," said Roddy, coming in.

            "Good evening." I put down my book.

            "You are late, {address}."

            "I was kept." I looked at the fire, and I heard him sit down behind me, and I wished he would go.
            """;
        var chapter = TestChapters.FromText(text.Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal(expected, AddressedNarrator.Find(chapter, list.Matcher));
    }
}
