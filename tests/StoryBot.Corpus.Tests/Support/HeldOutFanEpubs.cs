using System.Text;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>AO3's and FanFicFare's EPUBs of <see cref="HeldOutBook"/>.</summary>
internal static class HeldOutFanEpubs
{
    public const string Ao3Url = "https://archiveofourown.org/works/515151";
    public const string FfnUrl = "https://www.fanfiction.net/s/1234567/1/";

    /// <summary>
    /// AO3's EPUB: preface.xhtml (message with the work link, dl.tags incl. "Completed:" stats, byline, summary, notes),
    /// one file per chapter (chapter 2 has no title: "Chapter 2"), each with Chapter Summary/Notes, the "See the end of
    /// the chapter for more notes" line and Chapter End Notes; afterword.xhtml with the work's end notes.
    /// </summary>
    public static byte[] Ao3()
    {
        string preface = Xhtml(Title,
            "<div id=\"preface\">\n<p class=\"message\"><b>" + E(Title) + "</b><br/>Posted originally on the <a href=\"https://archiveofourown.org/\">Archive of Our Own</a> at <a href=\"" + Ao3Url + "\">" + Ao3Url + "</a>.</p>\n" +
            "<div class=\"meta\"><dl class=\"tags\">\n<dt>Rating:</dt>\n<dd><a href=\"https://archiveofourown.org/tags/General%20Audiences\">General Audiences</a></dd>\n" +
            "<dt>Archive Warning:</dt>\n<dd><a href=\"#\">No Archive Warnings Apply</a></dd>\n<dt>Category:</dt>\n<dd><a href=\"#\">Gen</a></dd>\n" +
            "<dt>Fandom:</dt>\n<dd><a href=\"#\">Original Work</a></dd>\n<dt>Relationship:</dt>\n<dd><a href=\"#\">Nell Marr &amp; Tobias Marr</a></dd>\n" +
            "<dt>Characters:</dt>\n<dd><a href=\"#\">Nell Marr</a>, <a href=\"#\">Tobias Marr</a>, <a href=\"#\">The Surveyor</a></dd>\n" +
            "<dt>Additional Tags:</dt>\n<dd><a href=\"#\">Lighthouses</a>, <a href=\"#\">Storms</a>, <a href=\"#\">Father-Daughter Relationship</a></dd>\n" +
            "<dt>Language:</dt>\n<dd>English</dd>\n<dt>Series:</dt>\n<dd>Part 1 of <a href=\"#\">Harbour Lights</a></dd>\n" +
            "<dt>Stats:</dt>\n<dd>\nPublished: 2020-02-02\nCompleted: 2020-03-03\nWords: 1,234\nChapters: 3/3\n</dd>\n</dl>\n" +
            "<h1>" + E(Title) + "</h1>\n<div class=\"byline\">by <a rel=\"author\" href=\"https://archiveofourown.org/users/mthale/pseuds/mthale\">mthale</a></div>\n" +
            "<p>Summary</p>\n<blockquote class=\"userstuff\"><p>Nell keeps the light. The Board would rather she didn't.</p></blockquote>\n" +
            "<p>Notes</p>\n<blockquote class=\"userstuff\"><p>For the Lighthouse Exchange.</p></blockquote>\n</div>\n</div>\n");
        var files = new List<(string, string)>();
        for (int c = 0; c < 3; c++)
        {
            string heading = c == 1 ? "Chapter 2" : $"Chapter {c + 1}: {E(ChapterTitles[c])}";
            string body =
                "<div id=\"chapters\" class=\"userstuff\">\n<div class=\"meta group\">\n<h2 class=\"heading\">" + heading + "</h2>\n" +
                $"<p>Chapter Summary</p>\n<blockquote class=\"userstuff\"><p>Summary of part {c + 1}.</p></blockquote>\n" +
                $"<p>Chapter Notes</p>\n<blockquote class=\"userstuff\"><p>Thanks to my beta for chapter {c + 1}!</p></blockquote>\n" +
                $"<p>See the end of the chapter for  <a href=\"#chapter_{c + 1}_endnotes\">more notes</a></p>\n</div>\n" +
                "<div class=\"userstuff\">" + HtmlParagraphs(c) + "</div>\n" +
                $"<div class=\"meta group\" id=\"chapter_{c + 1}_endnotes\">\n<p>Chapter End Notes</p>\n<blockquote class=\"userstuff\"><p>More soon, after chapter {c + 1}.</p></blockquote>\n</div>\n</div>\n";
            files.Add(($"OEBPS/chapter_{c + 1}.xhtml", Xhtml(heading, body)));
        }

        string afterword = Xhtml("Afterword",
            "<div id=\"afterword\">\n<h2 class=\"toc-heading\">Afterword</h2>\n<div id=\"endnotes\"><p>End Notes</p><blockquote class=\"userstuff\"><p>Thank you for reading to the end of the story!</p></blockquote></div>\n" +
            "<p class=\"message\">Please <a href=\"" + Ao3Url + "#comments\">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>\n</div>\n");
        string[] names = ["preface", "chapter_1", "chapter_2", "chapter_3", "afterword"];
        string[] labels = ["Preface", "Chapter 1: " + ChapterTitles[0], "Chapter 2", "Chapter 3: " + ChapterTitles[2], "Afterword"];
        string opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" unique-identifier=\"BookId\">\n" +
            "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n" +
            $"<dc:title>{E(Title)}</dc:title>\n<dc:creator opf:role=\"aut\">mthale</dc:creator>\n<dc:identifier id=\"BookId\">{Ao3Url}</dc:identifier>\n" +
            "<dc:language>en</dc:language>\n<dc:publisher>Archive of Our Own</dc:publisher>\n<dc:subject>Fanworks</dc:subject>\n<dc:subject>Original Work</dc:subject>\n" +
            "<dc:subject>General Audiences</dc:subject>\n<dc:subject>No Archive Warnings Apply</dc:subject>\n<dc:subject>Gen</dc:subject>\n" +
            "<dc:description>&lt;p&gt;Nell keeps the light. The Board would rather she didn't.&lt;/p&gt;</dc:description>\n</metadata>\n<manifest>\n" +
            string.Concat(names.Select(n => $"<item id=\"{n}\" href=\"{n}.xhtml\" media-type=\"application/xhtml+xml\"/>\n")) +
            "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n</manifest>\n<spine toc=\"ncx\">\n" +
            string.Concat(names.Select(n => $"<itemref idref=\"{n}\"/>\n")) + "</spine>\n</package>\n";
        string ncx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"><head/><docTitle><text>" + E(Title) + "</text></docTitle><navMap>\n" +
            string.Concat(names.Select((n, i) => $"<navPoint id=\"np{i}\" playOrder=\"{i + 1}\"><navLabel><text>{E(labels[i])}</text></navLabel><content src=\"{n}.xhtml\"/></navPoint>\n")) + "</navMap></ncx>\n";
        files.InsertRange(0, [("META-INF/container.xml", Container("OEBPS/content.opf")), ("OEBPS/content.opf", opf), ("OEBPS/toc.ncx", ncx), ("OEBPS/preface.xhtml", preface)]);
        files.Add(("OEBPS/afterword.xhtml", afterword));
        return Zip([.. files]);
    }

    /// <summary>
    /// FanFicFare's EPUB of a FanFiction.net story: title_page.xhtml (an h3 "Title by Author" and a table of
    /// <c>&lt;b&gt;Label:&lt;/b&gt;</c> / value cells), toc_page.xhtml, file0001.xhtml… with "1. The Lamp Room" h3
    /// headings, an A/N paragraph opening chapter 2 and an &lt;hr&gt; scene break in chapter 3.
    /// </summary>
    public static byte[] FanFicFare()
    {
        string Row(string label, string value) => $"<tr><td><b>{label}:</b></td><td>{value}</td></tr>\n";
        string titlePage = Xhtml(Title + " by " + Author,
            $"<h3><a href=\"{FfnUrl}\">{E(Title)}</a> by <a class=\"authorlink\" href=\"https://www.fanfiction.net/u/99/\">{Author}</a></h3>\n<div>\n<table class=\"full\">\n" +
            Row("Category", "Lighthouse Keepers") + Row("Genre", "Family, Drama") + Row("Language", "English") + Row("Characters", "Nell M., Tobias M.") +
            Row("Status", "Completed") + Row("Published", "2018-04-01") + Row("Updated", "2018-06-15") + Row("Packaged", "2024-11-11 10:12:13") +
            Row("Rating", "K+") + Row("Chapters", "3") + Row("Words", "1,234") + Row("Publisher", "www.fanfiction.net") +
            Row("Summary", "A lighthouse keeper's daughter and the man from the Board.") + "</table>\n</div>\n");
        var toc = new StringBuilder("<div>\n<h3>Table of Contents</h3>\n");
        var files = new List<(string, string)>();
        for (int c = 0; c < 3; c++)
        {
            string label = $"{c + 1}. {ChapterTitles[c]}";
            toc.Append($"<a href=\"file{c + 1:0000}.xhtml\">{E(label)}</a><br />\n");
            string text = c switch
            {
                1 => "<p><strong>A/N:</strong> Thank you all for the lovely reviews! Disclaimer: I own nothing but the lighthouse.</p>\n" + HtmlParagraphs(c),
                2 => $"<p>{E(Paragraphs[c][0])}</p>\n<p>{E(Paragraphs[c][1])}</p>\n<hr size=\"1\" noshade=\"noshade\" />\n<p>{E(Paragraphs[c][2])}</p>\n",
                _ => HtmlParagraphs(c),
            };
            files.Add(($"OEBPS/file{c + 1:0000}.xhtml", Xhtml(label, $"<h3 class=\"fff_chapter_title\">{E(label)}</h3>\n<div class=\"storytext xcontrast_txt nocopy\" id=\"storytext\">\n{text}</div>\n")));
        }

        string[] ids = ["title_page", "toc_page", "file0001", "file0002", "file0003"];
        string[] navLabels = ["Title Page", "Table of Contents", "1. " + ChapterTitles[0], "2. " + ChapterTitles[1], "3. " + ChapterTitles[2]];
        string opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package version=\"2.0\" xmlns=\"http://www.idpf.org/2007/opf\" unique-identifier=\"fanficdownloader-uuid\">\n" +
            "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n" +
            $"<dc:identifier id=\"fanficdownloader-uuid\">uuid:ffn-1234567</dc:identifier>\n<dc:title>{E(Title)}</dc:title>\n<dc:creator opf:role=\"aut\">{Author}</dc:creator>\n" +
            "<dc:contributor opf:role=\"bkp\">FanFicFare [https://github.com/JimmXinu/FanFicFare]</dc:contributor>\n<dc:rights></dc:rights>\n<dc:language>en</dc:language>\n" +
            "<dc:date opf:event=\"publication\">2018-04-01</dc:date>\n<dc:date opf:event=\"creation\">2024-11-11</dc:date>\n<dc:date opf:event=\"modification\">2018-06-15</dc:date>\n" +
            "<dc:description>A lighthouse keeper's daughter and the man from the Board.</dc:description>\n<dc:subject>FanFiction</dc:subject>\n<dc:subject>Lighthouse Keepers</dc:subject>\n" +
            $"<dc:subject>Family</dc:subject>\n<dc:subject>Drama</dc:subject>\n<dc:subject>Completed</dc:subject>\n<dc:publisher>www.fanfiction.net</dc:publisher>\n<dc:source>{FfnUrl}</dc:source>\n</metadata>\n<manifest>\n" +
            "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n<item id=\"style\" href=\"OEBPS/stylesheet.css\" media-type=\"text/css\"/>\n" +
            string.Concat(ids.Select(i => $"<item id=\"{i}\" href=\"OEBPS/{i}.xhtml\" media-type=\"application/xhtml+xml\"/>\n")) + "</manifest>\n<spine toc=\"ncx\">\n" +
            string.Concat(ids.Select(i => $"<itemref idref=\"{i}\" linear=\"yes\"/>\n")) + "</spine>\n</package>\n";
        string ncx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx version=\"2005-1\" xmlns=\"http://www.daisy.org/z3986/2005/ncx/\"><head><meta name=\"dtb:uid\" content=\"uuid:ffn-1234567\"/></head><docTitle><text>" + E(Title) + "</text></docTitle><navMap>\n" +
            string.Concat(ids.Select((id, i) => $"<navPoint id=\"{id}\" playOrder=\"{i}\"><navLabel><text>{E(navLabels[i])}</text></navLabel><content src=\"OEBPS/{id}.xhtml\"/></navPoint>\n")) + "</navMap></ncx>\n";
        files.InsertRange(0,
        [
            ("META-INF/container.xml", Container("content.opf")), ("content.opf", opf), ("toc.ncx", ncx), ("OEBPS/stylesheet.css", "body { margin: 2% }"),
            ("OEBPS/title_page.xhtml", titlePage), ("OEBPS/toc_page.xhtml", Xhtml("Table of Contents", toc + "</div>\n")),
        ]);
        return Zip([.. files]);
    }
}
