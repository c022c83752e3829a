using System.IO.Compression;
using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Tests.Works;

public sealed class EpubWorkTests
{
    private static WorkParseResult Parse(byte[] bytes, WorkParserOptions? options = null) =>
        WorkParser.Parse(bytes, "book.epub", options ?? WorkParserOptions.Default);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Parse_Epub_ChaptersFromSpineTitlesFromNavigation(int version)
    {
        var novel = new NovelFixture(chapters: 6, paragraphsPerChapter: 8, seed: 21);

        WorkParseResult result = Parse(WorkFiles.Epub(novel, version));

        Assert.True(result.Success, result.Error);
        ParsedWork work = result.Work!;
        Assert.Equal("The Orchard Year", work.Metadata.Title);
        Assert.Equal("Hester Vale", work.Metadata.Author);
        Assert.Equal("A year in an orchard.", work.Metadata.Summary?.Replace("*", string.Empty, StringComparison.Ordinal));
        Assert.Equal("https://example.org/works/orchard", work.Metadata.Url);
        Assert.Equal(["Original Work", "Slice of Life"], work.Metadata.AdditionalTags);
        Assert.Equal(new DateOnly(2019, 9, 1), work.Metadata.Published);
        Assert.Equal(6, work.Chapters.Count);
        for (int c = 0; c < 6; c++)
        {
            Assert.Equal(c + 1, work.Chapters[c].Metadata.ChapterNumber);
            Assert.Equal(novel.Chapters[c].Title, work.Chapters[c].Metadata.ChapterTitle);
            Assert.Equal(novel.Chapters[c].Paragraphs, work.Chapters[c].Paragraphs.Select(p => p.Text).Take(8));
        }
    }

    [Fact]
    public void Parse_ZipBomb_RefusedWhileInflating()
    {
        byte[] zeros = new byte[40 * 1024 * 1024];
        byte[] bomb = WorkFiles.Zip(("META-INF/container.xml", Encoding.UTF8.GetBytes(WorkFiles.Container("content.opf"))), ("content.opf", zeros));

        WorkParseResult result = Parse(bomb, WorkParserOptions.Default with { MaxEntryBytes = 1024 * 1024 });

        Assert.False(result.Success);
        Assert.Contains("zip bomb", result.Error, StringComparison.Ordinal);
        Assert.True(bomb.Length < 1024 * 1024);
    }

    [Fact]
    public void Parse_TooManyEntries_Refused()
    {
        var entries = Enumerable.Range(0, 50).Select(i => ($"x{i}.txt", new byte[] { 1 })).ToArray();

        WorkParseResult result = Parse(WorkFiles.Zip(entries), WorkParserOptions.Default with { MaxEntries = 20 });

        Assert.False(result.Success);
        Assert.Contains("50 entries", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryPathsThatEscape_Ignored()
    {
        string opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Escape</dc:title></metadata>" +
            "<manifest><item id=\"a\" href=\"../../evil.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"b\" href=\"ok.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>" +
            "<spine><itemref idref=\"a\"/><itemref idref=\"b\"/></spine></package>";
        byte[] epub = WorkFiles.Zip(
            ("META-INF/container.xml", Encoding.UTF8.GetBytes(WorkFiles.Container("OEBPS/content.opf"))),
            ("OEBPS/content.opf", Encoding.UTF8.GetBytes(opf)),
            ("../../evil.xhtml", Encoding.UTF8.GetBytes("<html><body><p>EVIL</p></body></html>")),
            ("/etc/evil.xhtml", Encoding.UTF8.GetBytes("<html><body><p>EVIL</p></body></html>")),
            ("OEBPS/ok.xhtml", Encoding.UTF8.GetBytes("<html><body><p>Fine text.</p></body></html>")));

        WorkParseResult result = Parse(epub);

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Fine text."], result.Work!.Chapters.SelectMany(c => c.Paragraphs).Select(p => p.Text));
        Assert.Contains(result.Work.Warnings, w => w.Contains("outside the book", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OpfWithDtdEntities_RefusedNotExpanded()
    {
        string opf = "<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
            "<package xmlns=\"http://www.idpf.org/2007/opf\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&xxe;&lol2;</dc:title></metadata>" +
            "<manifest><item id=\"b\" href=\"ok.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"b\"/></spine></package>";
        byte[] epub = WorkFiles.Zip(
            ("META-INF/container.xml", Encoding.UTF8.GetBytes(WorkFiles.Container("content.opf"))),
            ("content.opf", Encoding.UTF8.GetBytes(opf)),
            ("ok.xhtml", Encoding.UTF8.GetBytes("<html><body><p>Fine text.</p></body></html>")));

        WorkParseResult result = Parse(epub);

        Assert.False(result.Success);
        Assert.Contains("not valid XML", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedZip_OneLineReason()
    {
        byte[] epub = WorkFiles.Epub(new NovelFixture(2, 3), 3);

        WorkParseResult result = Parse(epub[..(epub.Length / 2)]);

        Assert.False(result.Success);
        Assert.StartsWith("book.epub: ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("; skipped", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Parse_NotAZipAtAll_OneLineReason()
    {
        WorkParseResult result = Parse(Encoding.UTF8.GetBytes("just some text, renamed"));

        Assert.False(result.Success);
        Assert.Contains("not a readable EPUB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZipWithoutContainer_OneLineReason()
    {
        WorkParseResult result = Parse(WorkFiles.Zip(("chapter.xhtml", Encoding.UTF8.GetBytes("<p>x</p>"))));

        Assert.False(result.Success);
        Assert.Contains("no META-INF/container.xml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Ao3Epub_PrefaceTagsRead()
    {
        var novel = new NovelFixture(chapters: 2, paragraphsPerChapter: 4, seed: 2);
        string html = WorkFiles.Ao3Html(novel);
        int chapters = html.IndexOf("<div id=\"chapters\"", StringComparison.Ordinal);
        string preface = html[..chapters] + "</body></html>";
        string chapterDoc = "<html><body>" + html[chapters..];
        string opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Lanterns in the Rain</dc:title>" +
            "<dc:subject>Naruto</dc:subject><dc:subject>Teen And Up Audiences</dc:subject><dc:subject>Fluff</dc:subject></metadata>" +
            "<manifest><item id=\"p\" href=\"preface.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"c\" href=\"chapters.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>" +
            "<spine><itemref idref=\"p\"/><itemref idref=\"c\"/></spine></package>";
        byte[] epub = WorkFiles.Zip(
            ("META-INF/container.xml", Encoding.UTF8.GetBytes(WorkFiles.Container("content.opf"))),
            ("content.opf", Encoding.UTF8.GetBytes(opf)),
            ("preface.xhtml", Encoding.UTF8.GetBytes(preface)),
            ("chapters.xhtml", Encoding.UTF8.GetBytes(chapterDoc)));

        WorkParseResult result = Parse(epub);

        Assert.True(result.Success, result.Error);
        Assert.Equal(["Haruno Sakura", "Uzumaki Naruto", "Hatake Kakashi"], result.Work!.Metadata.Characters);
        Assert.Equal(Rating.Teen, result.Work.Metadata.Rating);
        Assert.Equal(["Rain", "Friendship", "Team as Family", "Fluff"], result.Work.Metadata.AdditionalTags);
        Assert.Equal(2, result.Work.Chapters.Count);
    }

    [Fact]
    public void Parse_EncryptedOrUnsupportedEntry_OneLineReason()
    {
        byte[] epub = WorkFiles.Epub(new NovelFixture(2, 3), 3);
        // Mark every entry's compression method as an unknown one (99) in the local and central headers.
        byte[] broken = (byte[])epub.Clone();
        for (int i = 0; i + 10 < broken.Length; i++)
        {
            if (broken[i] == 0x50 && broken[i + 1] == 0x4B && broken[i + 2] == 0x01 && broken[i + 3] == 0x02)
            {
                broken[i + 10] = 99;
            }
        }

        WorkParseResult result = Parse(broken);

        Assert.False(result.Success);
        Assert.DoesNotContain('\n', result.Error!);
        _ = CompressionLevel.Optimal;
    }
}
