using System.IO.Compression;
using System.Net;
using System.Text;

namespace StoryBot.Tests.Libraries.Support;

/// <summary>Files a server admin uploads in the tests: a text chapter and a small EPUB 3 work, each with a word found nowhere else.</summary>
public static class UploadFiles
{
    public const string TextTitle = "Moonlit Orchard";
    public const string TextWord = "quillfeather";
    public const string EpubTitle = "The Glass Ferry";
    public const string EpubWord = "brinelantern";

    /// <summary>A server's characters.json naming the text chapter's speakers by their full names.</summary>
    public const string CharactersJson = """{"characters":[{"name":"Mira Vale","aliases":["Mira"],"gender":"female"},{"name":"Tobin Reed","aliases":["Tobin"],"gender":"male"}]}""";

    public static byte[] TextChapter(int number = 1, string extra = "") => Encoding.UTF8.GetBytes(
        $"Title: {TextTitle}\nAuthor: Orchard Keeper\nRating: T\nChapter {number}: Blossoms {number}\n\n" +
        $"The {TextWord} trees of the orchard rustled under the moon in part {number}.\n\n" +
        "\"We pick at dawn,\" Mira said, lifting the lantern.\n\n" +
        "\"Then we sleep now,\" Tobin answered, yawning by the gate.\n\n" +
        $"The night wind carried the smell of apples over the hill. {extra}\n");

    public static byte[] Epub()
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
            for (int c = 1; c <= 2; c++)
            {
                string file = $"Text/chapter{c}.xhtml";
                manifest.Append($"<item id=\"c{c}\" href=\"{file}\" media-type=\"application/xhtml+xml\"/>");
                spine.Append($"<itemref idref=\"c{c}\"/>");
                nav.Append($"<li><a href=\"{file}\">Chapter {c}: Crossing {c}</a></li>");
                Add(zip, "OEBPS/" + file, Xhtml($"Chapter {c}",
                    $"<h2>Chapter {c}: Crossing {c}</h2><p>The {EpubWord} swung from the ferry's mast on crossing {c}.</p>" +
                    "<p>\"Hold the rail,\" Captain Wren said to the passengers.</p><p>The river was wide and grey and patient.</p>"));
            }

            manifest.Append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
            Add(zip, "OEBPS/nav.xhtml", Xhtml("Contents", "<nav epub:type=\"toc\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><ol>" + nav + "</ol></nav>"));
            Add(zip, "OEBPS/content.opf",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">" +
                "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + EpubTitle + "</dc:title><dc:creator>Ferry Writer</dc:creator>" +
                "<dc:language>en</dc:language><dc:identifier id=\"id\">urn:uuid:5678</dc:identifier></metadata>" +
                "<manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>");
        }

        return stream.ToArray();
    }

    private static string Xhtml(string title, string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + WebUtility.HtmlEncode(title) +
        "</title></head><body>" + body + "</body></html>";

    private static void Add(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using Stream entry = zip.CreateEntry(name, level).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
