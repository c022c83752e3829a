using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>Held-out HTML shapes (Project Gutenberg "-h.htm", a Windows-1252 archive page), expected outcome written first.</summary>
public sealed class HeldOutHtmlTests
{
    [Fact]
    public void Parse_GutenbergHtml_ThreeChaptersNoContentsNoLicenceNoPageNumbers()
    {
        ParsedWork work = HeldOutEpubTests.Parse(System.Text.Encoding.UTF8.GetBytes(HeldOutHtml.Gutenberg()), "39012-h.htm");

        Assert.Equal([1, 2, 3], work.Chapters.Select(c => c.Metadata.ChapterNumber ?? -1));
        Assert.Equal(ChapterTitles, work.Chapters.Select(c => c.Metadata.ChapterTitle));
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(Paragraphs[c], work.Chapters[c].Paragraphs.Select(p => p.Text));
        }

        Assert.Equal(Title, work.Metadata.Title);
        Assert.Equal(Author, work.Metadata.Author);
        Assert.Equal("English", work.Metadata.Language);
    }

    [Fact]
    public void Parse_Windows1252HtmlWithBoldParagraphHeadings_DecodedTwoChaptersAndAScene()
    {
        ParsedWork work = HeldOutEpubTests.Parse(HeldOutHtml.Windows1252(), "paper-boats.html");

        Assert.Equal([1, 2], work.Chapters.Select(c => c.Metadata.ChapterNumber ?? -1));
        Assert.Equal(HeldOutHtml.Windows1252Paragraphs[0], work.Chapters[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(HeldOutHtml.Windows1252Paragraphs[1], work.Chapters[1].Paragraphs.Select(p => p.Text));
        Assert.Equal(2, work.Chapters[0].Scenes.Count);
        Assert.Equal("Paper Boats", work.Metadata.Title);
        Assert.Equal("inkwell_otter", work.Metadata.Author);
    }
}
