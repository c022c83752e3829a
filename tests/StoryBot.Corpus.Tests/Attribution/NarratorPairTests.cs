using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>Turn-taking between a first-person narrator and one other: the narrator is "I", never he or she.</summary>
public class NarratorPairTests
{
    private static readonly CharacterList People = new(
    [
        new Character("Sam Dorrit", ["Sam"], Gender.Male),
        new Character("Ada Lorne", ["Ada"], Gender.Female),
    ]);

    private static string[] Sure(string text) =>
        [.. SpeakerAttributor.Attribute(TestChapters.FromText(text), People)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-")];

    [Fact]
    public void Attribute_HeTagInANarratorAndWomanExchange_NoPairIsGuessed()
    {
        // "he said" is neither "I" nor Ada: someone else is talking, so the untagged lines get nobody by parity.
        var text = "My name is Sam Dorrit. I sat down across from Ada.\n\n\"You came,\" said Ada.\n\n\"I said I would.\"\n\n" +
                   "\"Nobody does what they say.\"\n\n\"I do,\" he said.\n\n\"Then you are the first.\"";
        var sure = Sure(text);
        Assert.Equal("Ada Lorne", sure[0]);
        Assert.Equal(["-", "-", "-", "-"], sure[1..]);
    }

    [Fact]
    public void Attribute_SheTagInANarratorAndWomanExchange_IsTheWoman()
    {
        var text = "My name is Sam Dorrit. I sat down across from Ada, and the rain came on.\n\n\"I said I would come.\" I took off my hat.\n\n" +
                   "\"Nobody does what they say.\"\n\n\"I do.\"\n\n\"Then you are the first,\" she said.";
        Assert.Equal("Ada Lorne", Sure(text)[^1]);
    }

    private static readonly CharacterList Family = new(
    [
        new Character("Sam Dorrit", ["Sam"], Gender.Male),
        new Character("Ada Lorne", ["Ada"], Gender.Female),
        new Character("Martha Dorrit", ["Martha", "Mrs. Dorrit"], Gender.Female),
    ]);

    private const string SilentSister = """
        My name is Sam Dorrit. My sister Martha was scrubbing the table, and Ada and I sat in the chimney corner out of her way.

        "She has been at it this half-hour," said Ada.

        "Has she?" said I.

        "Ah. And she has the cane with her."

        "What have I done?"

        "Nothing that I know of. It is more what you have not done."

        "I forgot."

        Martha wrung out her cloth over the bucket and looked round at us, and went on scrubbing.
        """;

    [Fact]
    public void Attribute_SilentSisterNamedInTheNarration_DoesNotStopTheNarratorPair()
    {
        var sure = SpeakerAttributor.Attribute(TestChapters.FromText(SilentSister.Replace("\r\n", "\n", StringComparison.Ordinal)), Family)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-").ToArray();
        Assert.Equal(["Ada Lorne", "Sam Dorrit", "Ada Lorne", "Sam Dorrit"], sure[..4]);
        Assert.DoesNotContain("Martha Dorrit", sure);
    }

    [Fact]
    public void Attribute_SisterWhoSpeaksInTheScene_StillStopsTheNarratorPair()
    {
        var text = SilentSister + "\n\n\"You forgot the churchyard,\" said Martha.";
        var sure = SpeakerAttributor.Attribute(TestChapters.FromText(text.Replace("\r\n", "\n", StringComparison.Ordinal)), Family)
            .Select(l => l.Confidence >= AttributionThresholds.Trivia ? l.Speaker ?? "-" : "-").ToArray();
        Assert.Equal("-", sure[4]);
    }
}
