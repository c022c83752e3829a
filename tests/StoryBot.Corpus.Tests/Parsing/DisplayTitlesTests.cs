using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class DisplayTitlesTests
{
    [Theory]
    [InlineData(Seeds.MothersTears, "Untitled — “Naruto never thought he could hate…”", "A Mother's Tears")]
    [InlineData(Seeds.Footnotes, "Untitled — “Naruto slammed against a tree…”", "“Naruto slammed against a tree…”")]
    [InlineData(Seeds.SecondChances, "Second Chances", "Many Regrets")]
    [InlineData(Seeds.Flashback, "Untitled — “Naruto and Sasuke were facining…”", "“Naruto and Sasuke were facining…”")]
    [InlineData(Seeds.Banished, "Untitled — “Everyone knows why we are here…”", "Part 1")]
    public void StoryAndChapter_Seeds_ReadableAndNeverAHash(string seed, string story, string chapter)
    {
        ParsedChapter parsed = Seeds.Parse(seed);

        Assert.Equal(story, DisplayTitles.Story(parsed));
        Assert.Equal(chapter, DisplayTitles.Chapter(parsed));
    }

    [Theory]
    [InlineData("001_86e35906ad5cded5.txt", null)]
    [InlineData("second_chances_ch01.txt", "Second Chances")]
    [InlineData("The-Last-Stand.txt", "The Last Stand")]
    [InlineData("stories/naruto/Chapter 3 - 9f86d081884c7d65.txt", null)]
    [InlineData("2c3c7600-e69c-4ced-8a1b-0be2cb83b64d.txt", null)]
    [InlineData("RoadToNinja_chapter_2.txt", "RoadToNinja")]
    [InlineData("face.txt", "Face")]
    public void FileNameTitle_StripsHashesNumbersAndChapterParts(string file, string? expected)
    {
        Assert.Equal(expected, DisplayTitles.FileNameTitle(file));
    }

    [Fact]
    public void OpeningWords_ShortParagraph_QuotedWhole()
    {
        Assert.Equal("“Hi.”", DisplayTitles.OpeningWords("\"Hi.\""));
    }

    [Fact]
    public void Chapter_NoTitleNoNumberNoText_Untitled()
    {
        Assert.Equal("Untitled chapter", DisplayTitles.Chapter(new ChapterMetadata(), null));
        Assert.Equal("Untitled", DisplayTitles.Story(new ChapterMetadata(), "0001.txt", null));
    }
}
