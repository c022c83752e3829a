using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>Whole-work files built in code: an AO3-style HTML download and EPUB 2/3 books, from a <see cref="NovelFixture"/>.</summary>
internal static class WorkFiles
{
    public const string WorkUrl = "https://archiveofourown.org/works/4242";

    /// <summary>AO3's download markup: preface (tags, title, byline, summary, notes), then per chapter meta, text and end notes.</summary>
    public static string Ao3Html(NovelFixture novel, string title = "Lanterns in the Rain", string author = "quietfox")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>").Append(E(title)).Append(" - ").Append(author)
            .Append(" - Naruto [Archive of Our Own]</title><style>body{color:red}</style><script>alert(1)</script></head><body>\n")
            .Append("<div id=\"preface\"><h2 class=\"toc-heading\">Preface</h2><p class=\"message\"><b>").Append(E(title))
            .Append("</b><br/>Posted originally on the <a href=\"https://archiveofourown.org/\">Archive of Our Own</a> at <a href=\"")
            .Append(WorkUrl).Append("\">").Append(WorkUrl).Append("</a>.</p>\n<div class=\"meta\"><dl class=\"tags\">\n")
            .Append("<dt>Rating:</dt><dd><a href=\"#\">Teen And Up Audiences</a></dd>\n")
            .Append("<dt>Archive Warning:</dt><dd><a href=\"#\">No Archive Warnings Apply</a></dd>\n")
            .Append("<dt>Category:</dt><dd><a href=\"#\">Gen</a></dd>\n")
            .Append("<dt>Fandom:</dt><dd><a href=\"#\">Naruto</a></dd>\n")
            .Append("<dt>Relationships:</dt><dd><a href=\"#\">Haruno Sakura &amp; Uzumaki Naruto</a></dd>\n")
            .Append("<dt>Characters:</dt><dd><a href=\"#\">Haruno Sakura</a>, <a href=\"#\">Uzumaki Naruto</a>, <a href=\"#\">Hatake Kakashi</a></dd>\n")
            .Append("<dt>Additional Tags:</dt><dd><a href=\"#\">Rain</a>, <a href=\"#\">Friendship</a>, <a href=\"#\">Team as Family</a></dd>\n")
            .Append("<dt>Language:</dt><dd>English</dd>\n")
            .Append("<dt>Series:</dt><dd>Part 2 of <a href=\"#\">Weather Reports</a></dd>\n")
            .Append("<dt>Stats:</dt><dd>Published: 2021-03-04 Updated: 2021-05-06 Words: 12,345 Chapters: ")
            .Append(novel.Chapters.Count.ToString(CultureInfo.InvariantCulture)).Append('/').Append(novel.Chapters.Count.ToString(CultureInfo.InvariantCulture))
            .Append("</dd>\n</dl>\n<h1>").Append(E(title)).Append("</h1>\n<div class=\"byline\">by <a rel=\"author\" href=\"#\">").Append(author)
            .Append("</a></div>\n<p>Summary</p>\n<blockquote class=\"userstuff\"><p>Three friends and a <em>very</em> wet week.</p></blockquote>\n")
            .Append("<p>Notes</p>\n<blockquote class=\"userstuff\"><p>Written for a prompt.</p></blockquote>\n</div></div>\n")
            .Append("<div id=\"chapters\" class=\"userstuff\">\n");
        for (int c = 0; c < novel.Chapters.Count; c++)
        {
            html.Append("<div class=\"meta group\"><h2 class=\"heading\">Chapter ").Append(c + 1).Append(": ").Append(E(novel.Chapters[c].Title))
                .Append("</h2>\n<p>Chapter Notes</p><blockquote class=\"userstuff\"><p>Note before chapter ").Append(c + 1).Append(".</p></blockquote></div>\n")
                .Append("<div class=\"userstuff\">\n");
            AppendParagraphs(html, novel.Chapters[c].Paragraphs, c);
            html.Append("</div>\n<div class=\"meta\" id=\"endnotes").Append(c + 1).Append("\"><p>Chapter End Notes</p><blockquote class=\"userstuff\"><p>See you in chapter ")
                .Append(c + 2).Append(".</p></blockquote></div>\n");
        }

        html.Append("</div>\n<div id=\"afterword\"><p>Kudos welcome.</p></div></body></html>\n");
        return html.ToString();
    }

    /// <summary>An EPUB (version 2 with an NCX, or 3 with a nav document) with a cover page, one document per chapter.</summary>
    public static byte[] Epub(NovelFixture novel, int version, string title = "The Orchard Year", string author = "Hester Vale")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>" +
                "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            var manifest = new StringBuilder();
            var spine = new StringBuilder();
            var nav = new StringBuilder();
            manifest.Append("<item id=\"cover\" href=\"Text/cover.xhtml\" media-type=\"application/xhtml+xml\"/>");
            spine.Append("<itemref idref=\"cover\"/>");
            Add(zip, "OEBPS/Text/cover.xhtml", Xhtml("Cover", "<div><p>" + E(title) + "</p><p>" + E(author) + "</p></div>"));
            for (int c = 0; c < novel.Chapters.Count; c++)
            {
                string file = string.Create(CultureInfo.InvariantCulture, $"Text/chapter{c + 1:000}.xhtml");
                manifest.Append("<item id=\"c").Append(c + 1).Append("\" href=\"").Append(file).Append("\" media-type=\"application/xhtml+xml\"/>");
                spine.Append("<itemref idref=\"c").Append(c + 1).Append("\"/>");
                string label = string.Create(CultureInfo.InvariantCulture, $"Chapter {c + 1}: {novel.Chapters[c].Title}");
                nav.Append(version == 3
                    ? $"<li><a href=\"{file}\">{E(label)}</a></li>"
                    : $"<navPoint id=\"n{c + 1}\" playOrder=\"{c + 1}\"><navLabel><text>{E(label)}</text></navLabel><content src=\"{file}\"/></navPoint>");
                var body = new StringBuilder();
                body.Append("<h2>").Append(E(label)).Append("</h2>\n");
                AppendParagraphs(body, novel.Chapters[c].Paragraphs, c);
                Add(zip, "OEBPS/" + file, Xhtml(label, body.ToString()));
            }

            if (version == 3)
            {
                manifest.Append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
                Add(zip, "OEBPS/nav.xhtml", Xhtml("Contents", "<nav epub:type=\"toc\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><ol>" + nav + "</ol></nav>"));
                spine.Insert(0, "<itemref idref=\"nav\"/>");
            }
            else
            {
                manifest.Append("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>");
                Add(zip, "OEBPS/toc.ncx",
                    "<?xml version=\"1.0\"?><!DOCTYPE ncx PUBLIC \"-//NISO//DTD ncx 2005-1//EN\" \"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd\">" +
                    "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"><navMap>" + nav + "</navMap></ncx>");
            }

            Add(zip, "OEBPS/content.opf",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"" + version + ".0\" unique-identifier=\"id\">" +
                "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">" +
                "<dc:title>" + E(title) + "</dc:title><dc:creator opf:role=\"aut\">" + E(author) + "</dc:creator>" +
                "<dc:description>&lt;p&gt;A year in an &lt;b&gt;orchard&lt;/b&gt;.&lt;/p&gt;</dc:description>" +
                "<dc:subject>Original Work</dc:subject><dc:subject>Slice of Life</dc:subject><dc:source>https://example.org/works/orchard</dc:source>" +
                "<dc:language>en</dc:language><dc:date>2019-09-01</dc:date><dc:identifier id=\"id\">urn:uuid:1234</dc:identifier></metadata>" +
                "<manifest>" + manifest + "</manifest><spine" + (version == 2 ? " toc=\"ncx\"" : string.Empty) + ">" + spine + "</spine></package>");
        }

        return stream.ToArray();
    }

    /// <summary>A zip with the given entries (names as given, even hostile ones).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] content) in entries)
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    public static string Container(string opfPath) =>
        "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>" +
        $"<rootfile full-path=\"{opfPath}\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";

    private static void AppendParagraphs(StringBuilder html, List<string> paragraphs, int chapter)
    {
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (p > 0 && p % 10 == 0)
            {
                html.Append("<hr/>\n");
            }

            html.Append("<p>").Append(E(paragraphs[p])).Append("</p>\n");
        }

        html.Append("<p>She said it <em>twice</em> in chapter ").Append(chapter + 1).Append(", and <strong>meant</strong> it.</p>\n");
    }

    private static string Xhtml(string title, string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + E(title) +
        "</title></head><body>" + body + "</body></html>";

    private static void Add(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using Stream entry = zip.CreateEntry(name, level).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
