using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>Held-out plain-text shapes, expected outcome written before the first run.</summary>
public sealed class HeldOutTextTests
{
    private static ParsedWork Parse(string text, string name = "work.txt") => HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void Parse_GutenbergTextCrlfWithContentsList_ThreeChaptersWholeParagraphsNoLicence()
    {
        ParsedWork work = Parse(HeldOutTexts.GutenbergCrlf(), "pg39012.txt");

        HeldOutEpubTests.AssertBook(work);
        Assert.Equal(Title, work.Metadata.Title);
        Assert.Equal(Author, work.Metadata.Author);
        Assert.DoesNotContain(work.Chapters[^1].Paragraphs, p => p.Text.Contains("THE END", StringComparison.Ordinal) || p.Text.Contains("LICENSE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_RomanNumeralAloneHeadings_ThreeChaptersWithoutTitles(bool period)
    {
        ParsedWork work = Parse(HeldOutTexts.RomanAlone(period));

        HeldOutEpubTests.AssertBook(work, [null, null, null]);
        Assert.Equal(Author, work.Metadata.Author);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_PartsOrBooksWithChaptersInside_ChaptersAndEpilogueNoPartLinesAsText(bool books)
    {
        ParsedWork work = Parse(HeldOutTexts.PartsWithChapters(books));

        Assert.Equal(4, work.Chapters.Count);
        Assert.Equal([1, 2, 3, 4], work.Chapters.Select(c => c.Metadata.ChapterNumber ?? -1));
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(Paragraphs[c], work.Chapters[c].Paragraphs.Select(p => p.Text));
        }

        Assert.Equal([HeldOutTexts.EpilogueParagraph], work.Chapters[3].Paragraphs.Select(p => p.Text));
        Assert.Equal("Epilogue", work.Chapters[3].Metadata.ChapterTitle);
        Assert.Equal(Title, work.Metadata.Title);
    }

    [Fact]
    public void Parse_FicWithAuthorNotesAndSceneBreaks_NotesAreNotesScenesSplit()
    {
        ParsedWork work = Parse(HeldOutTexts.FicWithNotes(), "paper-boats.txt");

        Assert.Equal(["Rain Delay", "Net Practice"], work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.Equal(Paragraphs[0], work.Chapters[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(Paragraphs[1], work.Chapters[1].Paragraphs.Select(p => p.Text));
        Assert.Equal(3, work.Chapters[0].Scenes.Count);
        Assert.Equal(2, work.Chapters[1].Scenes.Count);
        Assert.Equal(2, work.Chapters[0].Notes.Count);
        Assert.Single(work.Chapters[1].Notes);
        WorkMetadata m = work.Metadata;
        Assert.Equal("Paper Boats", m.Title);
        Assert.Equal("inkwell_otter", m.Author);
        Assert.Equal(["Haikyuu!!"], m.Fandoms);
        Assert.Equal(["Hinata Shouyou", "Kageyama Tobio"], m.Characters);
        Assert.Equal(Rating.Teen, m.Rating);
        Assert.Equal("Two idiots and a rainy training camp.", m.Summary);
    }

    [Fact]
    public void Parse_Utf16LeWithBomAndCrlf_TwoChaptersDecoded()
    {
        ParsedWork work = HeldOutEpubTests.Parse(HeldOutTexts.Utf16(), "paper-boats.txt");

        Assert.Equal(2, work.Chapters.Count);
        Assert.Equal(HeldOutHtml.Windows1252Paragraphs[0], work.Chapters[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(HeldOutHtml.Windows1252Paragraphs[1], work.Chapters[1].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_OneShotHardWrappedWithHeadingLikeSentence_OneChapterTwoScenesWholeParagraphs()
    {
        ParsedWork work = Parse(HeldOutTexts.OneShot(), "night-ferry.txt");

        ParsedChapter chapter = Assert.Single(work.Chapters);
        Assert.False(work.IsCompleteWork);
        Assert.Equal(HeldOutTexts.OneShotParagraphs, chapter.Paragraphs.Select(p => p.Text));
        Assert.Equal(2, chapter.Scenes.Count);
        Assert.Equal("The Night Ferry", work.Metadata.Title);
        Assert.Equal("ferrywoman", work.Metadata.Author);
    }

    [Fact]
    public void Parse_EmDashDialogueMostlyShortLines_EachDashLineAParagraphNarrationJoined()
    {
        ParsedWork work = Parse(HeldOutTexts.EmDash(), "night-count.txt");

        ParsedChapter chapter = Assert.Single(work.Chapters);
        Assert.Equal(HeldOutTexts.EmDashParagraphs, chapter.Paragraphs.Select(p => p.Text));
        Assert.Single(chapter.Scenes);
        Assert.Equal("Night Count", work.Metadata.Title);
    }
}
