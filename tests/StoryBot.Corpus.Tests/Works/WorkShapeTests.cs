using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>One test per mechanism the held-out shapes needed (page numbers, pre, navigation links, the Gutenberg end, short wrapped text).</summary>
public sealed class WorkShapeTests
{
    private const string Long = "The tide came in twice a day and nobody in the village had ever thought to thank it for the trouble, least of all the harbourmaster.";

    private static ParsedWork Html(string body) =>
        HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes("<html><head><title>Tides</title></head><body>" + body + "</body></html>"), "tides.html");

    [Fact]
    public void Parse_HtmlPageNumberSpans_NotInTheParagraph()
    {
        ParsedWork work = Html("<h2>Chapter 1</h2><p><span class=\"pagenum\">[Pg 1]</span>The tide came in twice a day and <span class=\"pagenum\"><a id=\"Page_2\">[Pg 2]</a></span>nobody thanked it.</p>" +
            "<p>A <span epub:type=\"pagebreak\" role=\"doc-pagebreak\" title=\"3\">3</span>second paragraph.</p><h2>Chapter 2</h2><p>" + Long + "</p>");

        Assert.Equal(["The tide came in twice a day and nobody thanked it.", "A second paragraph."], work.Chapters[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_HtmlPreHeaderWithLabelLines_TitleAndAuthorRead()
    {
        ParsedWork work = Html("<pre>\nThe Project Gutenberg EBook of Tides\n\nTitle: Tides of Carrow\n\nAuthor: Hester Vale\n</pre><h2>Chapter 1</h2><p>" + Long + "</p><h2>Chapter 2</h2><p>" + Long + "</p>");

        Assert.Equal("Tides of Carrow", work.Metadata.Title);
        Assert.Equal("Hester Vale", work.Metadata.Author);
    }

    [Fact]
    public void Parse_HtmlShortMostlyLinkParagraph_DroppedAsNavigation()
    {
        ParsedWork work = Html("<p><a href=\"prev.html\">&lt;&lt; Previous</a> | <a href=\"index.html\">Index</a></p><p>" + Long + "</p>" +
            "<p>She read <a href=\"https://example.org\">the harbour notice</a> twice, and then a third time to be sure of it.</p><p>Back to <a href=\"index.html\">my stories</a></p>");

        Assert.Equal([Long, "She read the harbour notice twice, and then a third time to be sure of it."], work.Chapters.Single().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_TextEndOfEbookLineAboveTheEndMarker_NotInTheLastChapter()
    {
        string text = "Title: Tides\n\nChapter 1\n\n" + Long + "\n\nChapter 2\n\n" + Long +
            "\n\nEnd of the Project Gutenberg EBook of Tides, by Hester Vale\n\n*** END OF THIS PROJECT GUTENBERG EBOOK TIDES ***\n\nLicence text follows.\n";

        ParsedWork work = HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(text), "tides.txt");

        Assert.Equal([Long], work.Chapters[^1].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_ShortHardWrappedOneShot_ParagraphsJoined()
    {
        string text = string.Join("\n\n", Enumerable.Repeat(HeldOutBook.Wrap(Long + " " + Long, 60), 2)) + "\n";

        ParsedWork work = HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(text), "tides.txt");

        Assert.Equal([Long + " " + Long, Long + " " + Long], work.Chapters.Single().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_ShortTextOfWholeSentenceLines_LinesKept()
    {
        string[] lines = [.. Enumerable.Range(1, 10).Select(i => $"Line {i} of the harbour log says the tide came in at its usual hour today.")];

        ParsedWork work = HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "log.txt");

        Assert.Equal(string.Join("\n", lines), string.Join("\n", work.Chapters.Single().Paragraphs.Select(p => p.Text)));
    }

    [Fact]
    public void Parse_WrappedIndentedParagraphsWithoutBlankLines_OneParagraphEach()
    {
        string[] paragraphs = [.. HeldOutBook.Paragraphs.SelectMany(p => p)];
        string text = string.Join("\n", paragraphs.Select(p => "    " + HeldOutBook.Wrap(p, 68))) + "\n";

        ParsedWork work = HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(text), "indented.txt");

        Assert.Equal(paragraphs, work.Chapters.Single().Paragraphs.Select(p => p.Text));
    }
}
