using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class FrontMatterTests
{
    [Fact]
    public void ParseText_FrontMatter_SetsEveryField()
    {
        const string text = """
            ---
            story: Second Chances
            chapter: Two   # word numbers work too
            title: "Old Friends"
            author: Cybergades
            rating: M
            summary: Naruto goes back
              to fix everything.
            source: https://www.fanfiction.net/s/42/2/
            ---

            Naruto woke up.
            """;

        ParsedChapter chapter = ChapterParser.ParseText(text, "ch2.txt");

        Assert.Equal(
            new ChapterMetadata
            {
                StoryTitle = "Second Chances",
                ChapterNumber = 2,
                ChapterTitle = "Old Friends",
                Author = "Cybergades",
                Rating = Rating.Mature,
                Summary = "Naruto goes back to fix everything.",
                SourceUrl = "https://www.fanfiction.net/s/42/2/",
                HeaderRange = chapter.Metadata.HeaderRange,
            },
            chapter.Metadata);
        Assert.StartsWith("---\nstory:", chapter.Metadata.HeaderRange!.Value.Slice(chapter.Text), StringComparison.Ordinal);
        Assert.EndsWith("---", chapter.Metadata.HeaderRange!.Value.Slice(chapter.Text), StringComparison.Ordinal);
        Assert.Equal("Naruto woke up.", Assert.Single(chapter.Paragraphs).Text);
        Assert.Empty(chapter.Warnings);
    }

    [Fact]
    public void ParseText_FrontMatterAndHeaderLines_FrontMatterWins()
    {
        const string text = "---\nstory: From Front Matter\n---\nTitle: From Header\nAuthor: Header Author\n\nText.";

        ChapterMetadata metadata = ChapterParser.ParseText(text, "x.txt").Metadata;

        Assert.Equal("From Front Matter", metadata.StoryTitle);
        Assert.Equal("Header Author", metadata.Author);
    }

    [Fact]
    public void ParseText_FrontMatterProblems_ReportedAsWarnings()
    {
        const string text = "---\nstory: S\nrating: spicy\nmood: happy\nchapter: soon\nsource: not a link\n---\nText.";

        ParsedChapter chapter = ChapterParser.ParseText(text, "x.txt");

        Assert.Equal(
            [
                "x.txt: rating 'spicy' not recognised; treated as unrated",
                "x.txt: front matter key 'mood' is not known; ignored",
                "x.txt: front matter chapter 'soon' is not a number; ignored",
                "x.txt: source 'not a link' is not an http(s) link; ignored",
            ],
            chapter.Warnings);
        Assert.Equal("S", chapter.Metadata.StoryTitle);
    }

    [Fact]
    public void ParseText_UnclosedDashes_AreARuleNotFrontMatter()
    {
        ParsedChapter chapter = ChapterParser.ParseText("---\nstory: not metadata\n\nText.", "x.txt");

        Assert.Null(chapter.Metadata.StoryTitle);
        Assert.Equal(["story: not metadata", "Text."], chapter.Paragraphs.Select(p => p.Text));
    }
}
