using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

/// <summary>The first-letter shortcut of <see cref="NoteDetector.Anywhere"/> must not turn away a note in any case or dress.</summary>
public class NoteDetectorTests
{
    [Theory]
    [InlineData("A/N: thanks for reading", NoteKind.AuthorNote)]
    [InlineData("a/n thanks", NoteKind.AuthorNote)]
    [InlineData("(AN: short one)", NoteKind.AuthorNote)]
    [InlineData("**Author's Note** see below", NoteKind.AuthorNote)]
    [InlineData("~ END NOTES ~", NoteKind.AuthorNote)]
    [InlineData("Beta note: fixed", NoteKind.AuthorNote)]
    [InlineData("DISCLAIMER: not mine", NoteKind.Disclaimer)]
    [InlineData("[disclaimer] nope", NoteKind.Disclaimer)]
    [InlineData("And then he left.", null)]
    [InlineData("Anna smiled.", null)]
    [InlineData("Naruto ran.", null)]
    [InlineData("\"A/N\" was all it said.", null)]
    [InlineData("Ébauche", null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    public void Anywhere_Openings_AreNotesExactlyWhenLabelled(string paragraph, NoteKind? expected)
    {
        Assert.Equal(expected, NoteDetector.Anywhere(paragraph));
    }
}
