using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class HeaderMetadataTests
{
    private const string Body = "\n\nNaruto ran through the forest.\n\nSasuke followed.";

    [Fact]
    public void ParseText_ExportHeaderLines_AllFieldsRead()
    {
        string text = "Title: The Long Road\nAuthor: Kitsune-chan\nRating: T\nSummary: Naruto leaves.\nChapter 3: Into the Mist\nWords: 4,000\nSource: https://www.fanfiction.net/s/123/3/" + Body;

        ParsedChapter chapter = ChapterParser.ParseText(text, "x.txt");

        ChapterMetadata metadata = chapter.Metadata;
        Assert.Equal("The Long Road", metadata.StoryTitle);
        Assert.Equal("Kitsune-chan", metadata.Author);
        Assert.Equal(Rating.Teen, metadata.Rating);
        Assert.Equal("Naruto leaves.", metadata.Summary);
        Assert.Equal(3, metadata.ChapterNumber);
        Assert.Equal("Into the Mist", metadata.ChapterTitle);
        Assert.Equal("https://www.fanfiction.net/s/123/3/", metadata.SourceUrl);
        Assert.Equal(["Naruto ran through the forest.", "Sasuke followed."], chapter.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Chapter Twenty-One - The Valley", 21, "The Valley")]
    [InlineData("Chapter twenty one: Rain", 21, "Rain")]
    [InlineData("Chapter One: Many Regrets", 1, "Many Regrets")]
    [InlineData("Chapter 12", 12, null)]
    [InlineData("Chapter XIV – Storm", 14, "Storm")]
    [InlineData("Ch. 7: Bells", 7, "Bells")]
    [InlineData("Part Two: Return", 2, "Part 2: Return")]
    [InlineData("Part 1:", 1, "Part 1")]
    [InlineData("Chapter One Hundred Two - Late", 102, "Late")]
    [InlineData("Chapter: 5 - Keys", 5, "Keys")]
    [InlineData("Chapter 4 (The Bridge)", 4, "The Bridge")]
    public void ParseText_ChapterLines_NumberAndTitle(string line, int number, string? title)
    {
        ChapterMetadata metadata = ChapterParser.ParseText(line + Body, "x.txt").Metadata;

        Assert.Equal(number, metadata.ChapterNumber);
        Assert.Equal(title, metadata.ChapterTitle);
    }

    [Theory]
    [InlineData("Part of him wanted to run.")]
    [InlineData("Chapter one of his life was over, he thought.")]
    [InlineData("By the time he woke, it was dark.")]
    [InlineData("Summary of the mission was short.")]
    public void ParseText_ProseThatLooksLikeAHeader_IsStoryText(string line)
    {
        ParsedChapter chapter = ChapterParser.ParseText(line + Body, "x.txt");

        Assert.Null(chapter.Metadata.HeaderRange);
        Assert.Equal(line, chapter.Paragraphs.First().Text);
    }

    [Fact]
    public void ParseText_PrologueLine_IsChapterTitle()
    {
        Assert.Equal("Prologue", ChapterParser.ParseText("Prologue" + Body, "x.txt").Metadata.ChapterTitle);
    }

    [Fact]
    public void ParseText_FanFictionNetRatedLine_MapsRating()
    {
        ChapterMetadata metadata = ChapterParser.ParseText("Rated: Fiction M - English - Drama - Chapters: 12" + Body, "x.txt").Metadata;

        Assert.Equal(Rating.Mature, metadata.Rating);
    }

    [Fact]
    public void ParseText_UnknownRating_WarnsAndStaysUnrated()
    {
        ParsedChapter chapter = ChapterParser.ParseText("Rating: spicy-ish" + Body, "x.txt");

        Assert.Equal(Rating.Unrated, chapter.Metadata.Rating);
        Assert.Equal("x.txt: rating 'spicy-ish' not recognised; treated as unrated", Assert.Single(chapter.Warnings));
    }

    [Fact]
    public void ParseText_DisclaimerAndAuthorNoteInHeader_BecomeNotes()
    {
        string text = "Disclaimer: I don't own Naruto.\n\nA/N: Thanks for the reviews!\n\nChapter 2: Home" + Body;

        ParsedChapter chapter = ChapterParser.ParseText(text, "x.txt");

        Assert.Equal(2, chapter.Metadata.ChapterNumber);
        Assert.Equal([NoteKind.Disclaimer, NoteKind.AuthorNote], chapter.Notes.Select(n => n.Kind));
        Assert.Equal("Naruto ran through the forest.", chapter.Paragraphs.First().Text);
    }

    [Fact]
    public void ParseText_AuthorWithProfileLink_LinkStripped()
    {
        Assert.Equal("Someone", ChapterParser.ParseText("Author: Someone (https://example.org/u/1)" + Body, "x.txt").Metadata.Author);
    }

    [Fact]
    public void ParseText_BareTitleWithoutChapterOrByLine_IsStoryText()
    {
        ParsedChapter chapter = ChapterParser.ParseText("Naruto ran" + Body, "x.txt");

        Assert.Null(chapter.Metadata.StoryTitle);
        Assert.Equal(3, chapter.Paragraphs.Count());
    }
}
