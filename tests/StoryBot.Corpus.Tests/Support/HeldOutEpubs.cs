using System.Text;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>EPUBs in the shapes the tools fans use write them (Calibre, EPUB 3 nav-only, AO3, FanFicFare), around <see cref="HeldOutBook"/>.</summary>
internal static class HeldOutEpubs
{
    private static readonly string[] Numbers = ["One", "Two", "Three"];

    /// <summary>
    /// Calibre's conversion: content.opf at the root, calibre:series metadata, a cover titlepage.xhtml (an SVG image), a
    /// contents page, chapter 1 split over two files (the second has no heading and no NCX entry), heading with a
    /// &lt;br&gt; between "Chapter One" and the title, NCX only with fragment links.
    /// </summary>
    public static byte[] Calibre()
    {
        string[] files = ["text/part0000_split_000.html", "text/part0000_split_001.html", "text/part0000_split_002.html", "text/part0000_split_003.html", "text/part0000_split_004.html"];
        var contents = new StringBuilder("<h1 class=\"calibre2\">Contents</h1>\n");
        int[] chapterFile = [1, 3, 4];
        for (int c = 0; c < 3; c++)
        {
            contents.Append($"<p class=\"calibre5\"><a href=\"part0000_split_00{chapterFile[c]}.html#calibre_toc_{c + 1}\" class=\"calibre6\">Chapter {Numbers[c]}: {E(ChapterTitles[c])}</a></p>\n");
        }

        string Heading(int c) => $"<h2 class=\"calibre3\" id=\"calibre_toc_{c + 1}\">Chapter {Numbers[c]}<br class=\"calibre4\"/>{E(ChapterTitles[c])}</h2>\n";
        string P(int c, int p) => $"<p class=\"calibre1\">{E(Paragraphs[c][p])}</p>\n";
        var ncx = new StringBuilder("<navPoint id=\"toc\" playOrder=\"1\"><navLabel><text>Contents</text></navLabel><content src=\"text/part0000_split_000.html\"/></navPoint>");
        for (int c = 0; c < 3; c++)
        {
            ncx.Append($"<navPoint class=\"chapter\" id=\"num_{c + 2}\" playOrder=\"{c + 2}\"><navLabel><text>Chapter {Numbers[c]}: {E(ChapterTitles[c])}</text></navLabel><content src=\"text/part0000_split_00{chapterFile[c]}.html#calibre_toc_{c + 1}\"/></navPoint>");
        }

        string opf =
            "<?xml version=\"1.0\"  encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" unique-identifier=\"uuid_id\" version=\"2.0\">\n" +
            "<metadata xmlns:calibre=\"http://calibre.kovidgoyal.net/2009/metadata\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:opf=\"http://www.idpf.org/2007/opf\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n" +
            "<dc:identifier opf:scheme=\"calibre\" id=\"calibre_id\">117</dc:identifier>\n<dc:identifier opf:scheme=\"uuid\" id=\"uuid_id\">2f4c7b1e-8d2a-4c1e-9d6b-0a1b2c3d4e5f</dc:identifier>\n" +
            $"<dc:title>{E(Title)}</dc:title>\n<dc:creator opf:file-as=\"Thale, Mirren\" opf:role=\"aut\">{Author}</dc:creator>\n" +
            "<dc:contributor opf:file-as=\"calibre\" opf:role=\"bkp\">calibre (6.29.0) [https://calibre-ebook.com]</dc:contributor>\n" +
            "<dc:date>2015-06-01T00:00:00+00:00</dc:date>\n<dc:description>&lt;div&gt;&lt;p&gt;A lighthouse keeper's daughter and the man from the Board.&lt;/p&gt;&lt;/div&gt;</dc:description>\n" +
            "<dc:language>en</dc:language>\n<dc:subject>Historical</dc:subject>\n<dc:subject>Family</dc:subject>\n" +
            "<meta name=\"calibre:series\" content=\"Harbour Lights\"/>\n<meta name=\"calibre:series_index\" content=\"2.0\"/>\n" +
            "<meta name=\"calibre:timestamp\" content=\"2024-01-05T09:00:00+00:00\"/>\n<meta name=\"calibre:title_sort\" content=\"Lamplighter's Daughter, The\"/>\n<meta name=\"cover\" content=\"cover\"/>\n</metadata>\n<manifest>\n" +
            "<item href=\"cover.jpeg\" id=\"cover\" media-type=\"image/jpeg\"/>\n" +
            string.Concat(files.Select((f, i) => $"<item href=\"{f}\" id=\"id{i}\" media-type=\"application/xhtml+xml\"/>\n")) +
            "<item href=\"page_styles.css\" id=\"page_css\" media-type=\"text/css\"/>\n<item href=\"stylesheet.css\" id=\"css\" media-type=\"text/css\"/>\n" +
            "<item href=\"titlepage.xhtml\" id=\"titlepage\" media-type=\"application/xhtml+xml\"/>\n<item href=\"toc.ncx\" id=\"ncx\" media-type=\"application/x-dtbncx+xml\"/>\n</manifest>\n" +
            "<spine toc=\"ncx\">\n<itemref idref=\"titlepage\"/>\n" + string.Concat(files.Select((_, i) => $"<itemref idref=\"id{i}\"/>\n")) + "</spine>\n" +
            "<guide>\n<reference href=\"titlepage.xhtml\" title=\"Cover\" type=\"cover\"/>\n<reference href=\"text/part0000_split_000.html\" title=\"Table of Contents\" type=\"toc\"/>\n</guide>\n</package>\n";
        string titlepage = Xhtml("Cover",
            "<div style=\"text-align:center\"><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"100%\" height=\"100%\" viewBox=\"0 0 600 800\" preserveAspectRatio=\"none\">" +
            "<image width=\"600\" height=\"800\" xlink:href=\"cover.jpeg\"/></svg></div>\n");
        return Zip(
            ("META-INF/container.xml", Container("content.opf")),
            ("content.opf", opf),
            ("titlepage.xhtml", titlepage),
            ("cover.jpeg", "\u00ff\u00d8\u00ff\u00e0 not really a jpeg"),
            ("stylesheet.css", ".calibre1 { text-indent: 1.5em }"),
            ("page_styles.css", "@page { margin: 5pt }"),
            (files[0], Xhtml("Contents", "<div class=\"calibre\" id=\"calibre_link-0\">\n" + contents + "</div>\n")),
            (files[1], Xhtml(Title, "<div class=\"calibre\">\n" + Heading(0) + P(0, 0) + P(0, 1) + "</div>\n")),
            (files[2], Xhtml(Title, "<div class=\"calibre\">\n" + P(0, 2) + "</div>\n")),
            (files[3], Xhtml(Title, "<div class=\"calibre\">\n" + Heading(1) + HtmlParagraphs(1, "calibre1") + "</div>\n")),
            (files[4], Xhtml(Title, "<div class=\"calibre\">\n" + Heading(2) + HtmlParagraphs(2, "calibre1") + "</div>\n")),
            ("toc.ncx", "<?xml version='1.0' encoding='utf-8'?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"en\">\n<head><meta content=\"2f4c7b1e\" name=\"dtb:uid\"/><meta content=\"2\" name=\"dtb:depth\"/></head>\n" +
                $"<docTitle><text>{E(Title)}</text></docTitle>\n<navMap>{ncx}</navMap>\n</ncx>\n"));
    }

    /// <summary>
    /// EPUB 3 as Standard Ebooks-style tools write it: nav document only (landmarks nav first, then the toc), nav not in
    /// the spine, imprint and dedication before the chapters and a colophon after them, each chapter a
    /// <c>section epub:type="chapter"</c> with an hgroup (a Roman numeral h2 and the title in a p).
    /// </summary>
    public static byte[] Epub3NavOnly()
    {
        string Section(string type, string inner) => $"<section id=\"{type.Split(' ')[0]}\" epub:type=\"{type}\">\n{inner}</section>\n";
        var toc = new StringBuilder("<li><a href=\"text/imprint.xhtml\">Imprint</a></li>\n<li><a href=\"text/dedication.xhtml\">Dedication</a></li>\n");
        var manifest = new StringBuilder();
        var spine = new StringBuilder("<itemref idref=\"imprint.xhtml\"/>\n<itemref idref=\"dedication.xhtml\"/>\n");
        var entries = new List<(string, string)>();
        for (int c = 0; c < 3; c++)
        {
            string file = $"chapter-{c + 1}.xhtml";
            toc.Append($"<li><a href=\"text/{file}\">{Roman[c]}: {E(ChapterTitles[c])}</a></li>\n");
            manifest.Append($"<item href=\"text/{file}\" id=\"{file}\" media-type=\"application/xhtml+xml\"/>\n");
            spine.Append($"<itemref idref=\"{file}\"/>\n");
            entries.Add(("epub/text/" + file, Xhtml(Roman[c], $"<section id=\"chapter-{c + 1}\" epub:type=\"chapter\" role=\"doc-chapter\">\n<hgroup>\n<h2 epub:type=\"ordinal z3998:roman\">{Roman[c]}</h2>\n<p epub:type=\"title\">{E(ChapterTitles[c])}</p>\n</hgroup>\n{HtmlParagraphs(c)}</section>\n")));
        }

        toc.Append("<li><a href=\"text/colophon.xhtml\">Colophon</a></li>\n");
        spine.Append("<itemref idref=\"colophon.xhtml\"/>\n");
        string nav = Xhtml("Table of Contents",
            "<nav id=\"landmarks\" epub:type=\"landmarks\"><h2 epub:type=\"title\">Landmarks</h2><ol>\n<li><a href=\"text/chapter-1.xhtml\" epub:type=\"bodymatter z3998:fiction\">" + E(Title) + "</a></li>\n" +
            "<li><a href=\"toc.xhtml\" epub:type=\"toc\">Table of Contents</a></li>\n</ol></nav>\n" +
            "<nav id=\"toc\" role=\"doc-toc\" epub:type=\"toc\"><h2 epub:type=\"title\">Table of Contents</h2><ol>\n" + toc + "</ol></nav>\n");
        string opf =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" dir=\"ltr\" prefix=\"se: https://standardebooks.org/vocab/1.0\" unique-identifier=\"uid\" version=\"3.0\" xml:lang=\"en-GB\">\n" +
            "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:identifier id=\"uid\">url:https://example.net/ebooks/mirren-thale/the-lamplighters-daughter</dc:identifier>\n" +
            $"<dc:title id=\"title\">{E(Title)}</dc:title>\n<dc:creator id=\"author\">{Author}</dc:creator>\n<meta property=\"file-as\" refines=\"#author\">Thale, Mirren</meta>\n<meta property=\"role\" refines=\"#author\" scheme=\"marc:relators\">aut</meta>\n" +
            "<dc:date>2022-11-20T12:00:00Z</dc:date>\n<meta property=\"dcterms:modified\">2023-01-02T10:00:00Z</meta>\n<dc:language>en-GB</dc:language>\n<dc:subject id=\"subject-1\">Lighthouses -- Fiction</dc:subject>\n" +
            "<dc:description id=\"description\">A lighthouse keeper's daughter and the man from the Board.</dc:description>\n<dc:source>https://example.net/scans/lamplighter</dc:source>\n</metadata>\n<manifest>\n" +
            "<item href=\"css/core.css\" id=\"core.css\" media-type=\"text/css\"/>\n<item href=\"toc.xhtml\" id=\"toc.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n" +
            "<item href=\"text/imprint.xhtml\" id=\"imprint.xhtml\" media-type=\"application/xhtml+xml\"/>\n<item href=\"text/dedication.xhtml\" id=\"dedication.xhtml\" media-type=\"application/xhtml+xml\"/>\n" +
            manifest + "<item href=\"text/colophon.xhtml\" id=\"colophon.xhtml\" media-type=\"application/xhtml+xml\"/>\n</manifest>\n<spine>\n" + spine + "</spine>\n</package>\n";
        entries.InsertRange(0,
        [
            ("META-INF/container.xml", Container("epub/content.opf")),
            ("epub/content.opf", opf),
            ("epub/css/core.css", "section { page-break-before: always }"),
            ("epub/toc.xhtml", nav),
            ("epub/text/imprint.xhtml", Xhtml("Imprint", Section("imprint frontmatter",
                "<header><h2 epub:type=\"title\">Imprint</h2></header>\n<p>This ebook is the product of many hours of hard work by volunteers, who transcribed it from the scans at the source given in the colophon and release it into the public domain.</p>\n"))),
            ("epub/text/dedication.xhtml", Xhtml("Dedication", Section("dedication frontmatter", "<p>For Agnes, who kept the light when nobody else would climb the stairs.</p>\n"))),
        ]);
        entries.Add(("epub/text/colophon.xhtml", Xhtml("Colophon", Section("colophon backmatter",
            "<header><h2 epub:type=\"title\">Colophon</h2></header>\n<p>The Lamplighter's Daughter was written by Mirren Thale and first published in the year the light at Carrow Point was finally automated. This ebook was produced by volunteers and set in a typeface chosen to be easy on the eyes.</p>\n"))));
        return Zip([.. entries]);
    }
}
