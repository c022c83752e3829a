using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>Shapes not seen before (session 2026-12-05d), each expectation written before the first run.</summary>
public sealed class UnseenShapeTests
{
    private const string A = "The road out of the valley was longer than any of them remembered, and the cart complained at every stone.";
    private const string B = "\"We should have left at dawn,\" said Ilse, and nobody argued with her.";
    private const string C = "By evening the lights of the town were below them, small and yellow and very far away.";

    private static ParsedWork Parse(string text, string name = "work.txt") => HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void Parse_ChapterWordNumbersWithStarSceneBreaks_ThreeChaptersTwoScenesInTheFirst()
    {
        string text = "The Long Road\nby Marit Ose\n\nChapter One\n\n" + A + "\n\n* * *\n\n" + B + "\n\nChapter Two\n\n" + C + "\n\nChapter Three\n\n" + A + "\n";

        ParsedWork work = Parse(text);

        Assert.Equal([1, 2, 3], work.Chapters.Select(c => c.Metadata.ChapterNumber ?? -1));
        Assert.Equal(2, work.Chapters[0].Scenes.Count);
        Assert.Equal([A, B], work.Chapters[0].Paragraphs.Select(p => p.Text));
        Assert.Equal("Marit Ose", work.Metadata.Author);
    }

    [Fact]
    public void Parse_CrlfWithFormFeedsBetweenChapters_TwoChaptersNoFormFeedInText()
    {
        string text = "Title: The Long Road\r\nAuthor: Marit Ose\r\n\r\n\fChapter 1: The Cart\r\n\r\n" + A + "\r\n\r\n" + B + "\r\n\f\r\nChapter 2: The Town\r\n\r\n" + C + "\r\n\f";

        ParsedWork work = Parse(text);

        Assert.Equal(["The Cart", "The Town"], work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.Equal([A, B], work.Chapters[0].Paragraphs.Select(p => p.Text));
        Assert.Equal([C], work.Chapters[1].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_WattpadTextWithPartTitlesOnly_ThreePartsAreThreeChapters()
    {
        string text = "The Long Road\n\nPart 1\n\n" + A + "\n\nPart 2\n\n" + B + "\n\nPart 3\n\n" + C + "\n";

        ParsedWork work = Parse(text, "the-long-road.txt");

        Assert.Equal(3, work.Chapters.Count);
        Assert.Equal([[A], [B], [C]], work.Chapters.Select(c => c.Paragraphs.Select(p => p.Text).ToArray()));
    }

    [Fact]
    public void Parse_CapitalChapterTitlesInText_TitleCased()
    {
        string text = "Title: The Long Road\nAuthor: Marit Ose\n\nCHAPTER ONE: THE CART AND THE ROAD\n\n" + A + "\n\nCHAPTER TWO: INTO THE TOWN\n\n" + C + "\n";

        ParsedWork work = Parse(text);

        Assert.Equal(["The Cart and the Road", "Into the Town"], work.Chapters.Select(c => c.Metadata.ChapterTitle));
    }

    [Fact]
    public void Parse_HtmlWithCentredStarParagraphBreaks_OneChapterTwoScenes()
    {
        string html = "<html><head><title>The Long Road</title></head><body><h1>The Long Road</h1><p>" + E(A) + "</p><p class=\"center\">***</p><p>" + E(B) +
            "</p><p class=\"center\">* * *</p><p>" + E(C) + "</p></body></html>";

        ParsedWork work = Parse(html, "the-long-road.html");

        ParsedChapter chapter = Assert.Single(work.Chapters);
        Assert.Equal(3, chapter.Scenes.Count);
        Assert.Equal([A, B, C], chapter.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_Utf16BigEndianWithBom_TwoChapters()
    {
        string text = "Title: The Long Road\nAuthor: Marit Ose\n\nChapter 1\n\n" + A + "\n\nChapter 2\n\n" + C + "\n";
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];

        ParsedWork work = HeldOutEpubTests.Parse(bytes, "road.txt");

        Assert.Equal([[A], [C]], work.Chapters.Select(c => c.Paragraphs.Select(p => p.Text).ToArray()));
    }

    [Fact]
    public void Parse_EpubWithNonLinearSpineItem_NotAChapter()
    {
        string opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
            "<dc:identifier id=\"id\">x</dc:identifier><dc:title>The Long Road</dc:title><dc:creator>Marit Ose</dc:creator><dc:language>en</dc:language></metadata><manifest>" +
            "<item id=\"c1\" href=\"text/c1.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"n\" href=\"text/notes.xhtml\" media-type=\"application/xhtml+xml\"/>" +
            "<item id=\"c2\" href=\"text/c2.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c1\"/><itemref idref=\"n\" linear=\"no\"/><itemref idref=\"c2\"/></spine></package>";
        byte[] epub = Zip(("META-INF/container.xml", Container("OEBPS/content.opf")), ("OEBPS/content.opf", opf),
            ("OEBPS/text/c1.xhtml", Xhtml("One", "<h2>Chapter 1: The Cart</h2><p>" + E(A) + "</p>")),
            ("OEBPS/text/notes.xhtml", Xhtml("Notes", "<h2>Notes</h2><p>1. The valley is imaginary, as is the cart, and any resemblance is chance.</p>")),
            ("OEBPS/text/c2.xhtml", Xhtml("Two", "<h2>Chapter 2: The Town</h2><p>" + E(C) + "</p>")));

        ParsedWork work = HeldOutEpubTests.Parse(epub, "road.epub");

        Assert.Equal(["The Cart", "The Town"], work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.Equal("Marit Ose", work.Metadata.Author);
    }

    [Fact]
    public void Parse_EpubWhoseContainerNamesAMissingOpf_OneSkippedLine()
    {
        byte[] epub = Zip(("META-INF/container.xml", Container("OEBPS/missing.opf")), ("OEBPS/text/c1.xhtml", Xhtml("One", "<p>" + E(A) + "</p>")));

        WorkParseResult result = WorkParser.Parse(epub, "road.epub");

        Assert.False(result.Success);
        Assert.StartsWith("road.epub: ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("; skipped", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }
}
