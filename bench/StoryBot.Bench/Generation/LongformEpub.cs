using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace StoryBot.Bench.Generation;

/// <summary>
/// A long-form work as a minimal EPUB 3 (container, OPF with title and creator, navigation document, one XHTML per
/// chapter). Every entry has the same fixed time stamp, so the same work gives the same bytes.
/// </summary>
internal static class LongformEpub
{
    private static readonly DateTimeOffset Stamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(string title, string author, IReadOnlyList<LongformChapter> chapters)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
            Add(zip, "META-INF/container.xml",
                "<?xml version=\"1.0\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>" +
                "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>\n");
            var manifest = new StringBuilder();
            var spine = new StringBuilder();
            var nav = new StringBuilder();
            foreach (LongformChapter chapter in chapters)
            {
                string id = string.Create(CultureInfo.InvariantCulture, $"ch{chapter.Number:000}");
                manifest.Append(CultureInfo.InvariantCulture, $"<item id=\"{id}\" href=\"{id}.xhtml\" media-type=\"application/xhtml+xml\"/>");
                spine.Append(CultureInfo.InvariantCulture, $"<itemref idref=\"{id}\"/>");
                nav.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{id}.xhtml\">{LongformHtml.Encode(LongformHtml.HeadingText(chapter))}</a></li>");
                Add(zip, $"OEBPS/{id}.xhtml", LongformHtml.Xhtml(chapter));
            }

            Add(zip, "OEBPS/nav.xhtml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Contents</title></head>" +
                $"<body><nav epub:type=\"toc\"><ol>{nav}</ol></nav></body></html>\n");
            Add(zip, "OEBPS/content.opf",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">" +
                "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
                $"<dc:identifier id=\"id\">storybot-bench-{LongformHtml.Encode(title)}</dc:identifier><dc:title>{LongformHtml.Encode(title)}</dc:title>" +
                $"<dc:creator>{LongformHtml.Encode(author)}</dc:creator><dc:language>en</dc:language></metadata>" +
                $"<manifest><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>{manifest}</manifest>" +
                $"<spine>{spine}</spine></package>\n");
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = Stamp;
        using Stream target = entry.Open();
        target.Write(Utf8.GetBytes(content));
    }
}
