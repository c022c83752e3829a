using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Tests.Works;

public sealed class TextWorkTests
{
    private const string GutenbergFront =
        "The Project Gutenberg eBook of The Orchard Year, by Hester Vale\n\nThis eBook is for the use of anyone anywhere.\n\n" +
        "Title: The Orchard Year\n\nAuthor: Hester Vale\n\nLanguage: English\n\n*** START OF THE PROJECT GUTENBERG EBOOK ***\n\n\n";

    private static ParsedWork Parse(string text, string name = "work.txt")
    {
        WorkParseResult result = WorkParser.Parse(Encoding.UTF8.GetBytes(text), name);
        Assert.True(result.Success, result.Error);
        return result.Work!;
    }

    [Fact]
    public void Parse_HardWrappedNovelWithRomanHeadingsAndContents_OneChapterPerHeadingWithWholeParagraphs()
    {
        var novel = new NovelFixture(chapters: 38, paragraphsPerChapter: 30);
        string text = novel.Text(70, (n, title) => $"CHAPTER {NovelFixture.Roman(n)}. {title}", front: GutenbergFront)
            + "\n\n*** END OF THE PROJECT GUTENBERG EBOOK THE ORCHARD YEAR ***\n\nUpdated editions will replace the previous one.\n";

        ParsedWork work = Parse(text);

        Assert.Equal(38, work.Chapters.Count);
        Assert.Equal("The Orchard Year", work.Metadata.Title);
        Assert.Equal("Hester Vale", work.Metadata.Author);
        Assert.Equal("English", work.Metadata.Language);
        for (int c = 0; c < 38; c++)
        {
            ParsedChapter chapter = work.Chapters[c];
            Assert.Equal(c + 1, chapter.Metadata.ChapterNumber);
            Assert.Equal(novel.Chapters[c].Title, chapter.Metadata.ChapterTitle);
            Assert.Equal("The Orchard Year", chapter.Metadata.StoryTitle);
            Assert.Equal(novel.Chapters[c].Paragraphs, chapter.Paragraphs.Select(p => p.Text));
            Assert.Single(chapter.Scenes);
            Assert.All(chapter.Paragraphs, p => Assert.Equal(p.Text, p.Range.Slice(chapter.Text)));
            Assert.All(chapter.Paragraphs, p => Assert.Single(p.Quotes));
        }

        Assert.DoesNotContain(work.Chapters[^1].Paragraphs, p => p.Text.Contains("Updated editions", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeadingWithTitleOnItsOwnLine_TitleKept()
    {
        var novel = new NovelFixture(chapters: 4, paragraphsPerChapter: 6);
        ParsedWork work = Parse(novel.Text(72, (n, title) => $"CHAPTER {NovelFixture.Roman(n)}.\n\n{title}", contents: false));

        Assert.Equal([1, 2, 3, 4], work.Chapters.Select(c => c.Metadata.ChapterNumber!.Value));
        Assert.Equal(novel.Chapters.Select(c => c.Title), work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.Equal(novel.Chapters[2].Paragraphs, work.Chapters[2].Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Chapter {0}: {1}")]
    [InlineData("Chapter {2} - {1}")]
    [InlineData("Ch. {0} - {1}")]
    [InlineData("{0}. {1}")]
    [InlineData("## Chapter {0}: {1}")]
    public void Parse_HeadingStyles_SplitWithNumberAndTitle(string format)
    {
        var novel = new NovelFixture(chapters: 5, paragraphsPerChapter: 4, seed: 3);
        string[] words = ["One", "Two", "Three", "Four", "Five"];
        string text = "Title: Lanterns\nAuthor: quietfox\nRating: T\n\n" +
            novel.Text(0, (n, title) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, n, title, words[n - 1]), contents: false);

        ParsedWork work = Parse(text, "lanterns.md");

        Assert.Equal(5, work.Chapters.Count);
        Assert.Equal([1, 2, 3, 4, 5], work.Chapters.Select(c => c.Metadata.ChapterNumber!.Value));
        Assert.Equal(novel.Chapters.Select(c => c.Title), work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.All(work.Chapters, c => Assert.Equal(Rating.Teen, c.Metadata.Rating));
        Assert.All(work.Chapters, c => Assert.Equal("quietfox", c.Metadata.Author));
    }

    [Fact]
    public void Parse_PrologueChaptersEpilogue_PrologueIsZeroEpilogueFollows()
    {
        var novel = new NovelFixture(chapters: 5, paragraphsPerChapter: 3, seed: 5);
        string[] headings = ["Prologue", "Chapter 1", "Chapter 2", "Chapter 3", "Epilogue: Spring"];
        ParsedWork work = Parse(novel.Text(0, (n, _) => headings[n - 1], contents: false));

        Assert.Equal([0, 1, 2, 3, 4], work.Chapters.Select(c => c.Metadata.ChapterNumber!.Value));
        Assert.Equal("Prologue", work.Chapters[0].Metadata.ChapterTitle);
        Assert.Null(work.Chapters[1].Metadata.ChapterTitle);
        Assert.Equal("Epilogue: Spring", work.Chapters[4].Metadata.ChapterTitle);
    }

    [Fact]
    public void Parse_HeadingLikeSentencesInProse_OneChapter()
    {
        string text = "Chapter 3 was the worst of it, Maren thought.\n\nShe closed the book.\n\n" +
            "Chapter one of my life began in the orchard, and it ended there too.\n\n" +
            "1. Take the lantern.\n2. Mind the ditch.\n\nPart of her wanted to stay.\n\nThe End\n";

        ParsedWork work = Parse(text);

        Assert.Single(work.Chapters);
        Assert.False(work.IsCompleteWork);
        Assert.Contains(work.Chapters[0].Paragraphs, p => p.Text.StartsWith("Chapter 3 was the worst", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NumberedLinesWithoutSequence_NotHeadings()
    {
        string text = "Title: Lists\n\nShe wrote it down.\n\n3. Eggs\n\nThen she crossed it out.\n\n7. Flour\n\nAnd went to bed.\n";

        ParsedWork work = Parse(text);

        Assert.Single(work.Chapters);
        Assert.Contains(work.Chapters[0].Paragraphs, p => p.Text == "3. Eggs");
    }

    [Fact]
    public void Parse_Ao3TextBlocks_NotesAreNotStoryText()
    {
        string text = "Rain Country\nby quietfox\n\nFandom: Naruto\nCharacters: Haruno Sakura, Uzumaki Naruto\n" +
            "Relationship: Haruno Sakura & Uzumaki Naruto\nAdditional Tags: Rain, Friendship\n\n" +
            "Chapter 1: Puddles\n\nChapter Notes\n\nThanks to my beta!\n\nChapter Text\n\nThe rain had not stopped for three days.\n\n" +
            "Sakura watched it from the window.\n\nChapter End Notes\n\nMore soon.\n\n" +
            "Chapter 2: Umbrellas\n\nChapter Text\n\nNaruto bought an umbrella.\n\nIt broke at once.\n";

        ParsedWork work = Parse(text);

        Assert.Equal(2, work.Chapters.Count);
        Assert.Equal(["Puddles", "Umbrellas"], work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.Equal(["The rain had not stopped for three days.", "Sakura watched it from the window."], work.Chapters[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(["Thanks to my beta!", "More soon."], work.Chapters[0].Notes.Select(n => n.Text));
        Assert.Equal(["Haruno Sakura", "Uzumaki Naruto"], work.Metadata.Characters);
        Assert.Equal(["Naruto"], work.Metadata.Fandoms);
        Assert.Equal(["Rain", "Friendship"], work.Metadata.AdditionalTags);
        Assert.Equal("Rain Country", work.Metadata.Title);
        Assert.Equal("quietfox", work.Metadata.Author);
    }

    [Fact]
    public void Parse_Seeds_SameChapterAsChapterParser()
    {
        foreach (string seed in Seeds.All)
        {
            ParsedChapter expected = Seeds.Parse(seed);
            WorkParseResult result = WorkParser.Parse(Seeds.Bytes(seed), seed);

            Assert.True(result.Success, result.Error);
            ParsedChapter chapter = Assert.Single(result.Work!.Chapters);
            Assert.Equal(expected.Paragraphs.Select(p => p.Text), chapter.Paragraphs.Select(p => p.Text));
            Assert.Equal(expected.Metadata.ChapterNumber, chapter.Metadata.ChapterNumber);
            Assert.Equal(expected.Metadata.ChapterTitle, chapter.Metadata.ChapterTitle);
        }
    }

    [Fact]
    public void Parse_OneParagraphPerLineFile_NotTakenForHardWrapped()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 40; i++)
        {
            builder.Append("\"Line ").Append(i).Append(",\" she said, and the lantern swung on its hook while the ferry rope creaked.\"\n");
        }

        ParsedWork work = Parse(builder.ToString());

        Assert.Equal(40, work.Chapters[0].Paragraphs.Count());
    }
}
