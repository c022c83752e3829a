using System.IO.Compression;
using System.Net;
using System.Text;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>
/// A short hand-written book (three chapters of three paragraphs) that the held-out shape fixtures wrap in the formats
/// fans have: Calibre/AO3/FanFicFare/EPUB 3 books, Project Gutenberg HTML and text, fic text with notes. Written before
/// any of them was run through the parser.
/// </summary>
internal static class HeldOutBook
{
    public const string Title = "The Lamplighter's Daughter";
    public const string Author = "Mirren Thale";

    public static readonly string[] ChapterTitles = ["The Lamp Room", "Salt and Iron", "What the Tide Left"];

    public static readonly string[][] Paragraphs =
    [
        [
            "The lamp room sat at the top of ninety-one iron steps, and Nell had counted every one of them since she was six. Her father said the light did not care who carried the oil, only that somebody did, and on the nights he coughed too hard to climb she carried it herself.",
            "\"You'll wear the stairs out,\" her father called up after her, and she laughed because he said it every night, the way other fathers said their prayers.",
            "She trimmed the wick, wiped the great lens with the chamois her mother had left folded in the drawer, and watched the beam go out across the water like a long white arm reaching for the boats that were not yet home.",
        ],
        [
            "In March the supply boat came late, and when it came it brought a stranger: a surveyor from the Board with a leather case and a cold that made his nose the colour of a boiled crab. He looked at the tower as though it owed him money.",
            "\"Who keeps this light?\" he asked. \"The register says Tobias Marr.\"",
            "\"My father keeps it,\" Nell said, which was true in every way but the one the Board cared about, and the surveyor wrote something in his book that she could not read upside down.",
        ],
        [
            "The storm broke on the ninth night. Nell climbed the ninety-one steps with the oil can banging against her knee and found the glass already running with salt, the wind leaning on the tower like a drunk on a door.",
            "Below her, somewhere in the dark, a bell was ringing that should not have been ringing at all, and she understood before she saw it that the surveyor's boat had tried to leave.",
            "In the morning the tide left a leather case on the shingle, swollen and split, and inside it, dry as a sermon, the surveyor's book with her father's name crossed out and hers written in above it.",
        ],
    ];

    /// <summary>Roman numerals for chapter headings.</summary>
    public static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    /// <summary>Greedy word wrap at <paramref name="width"/> columns, lines joined with <paramref name="newline"/>.</summary>
    public static string Wrap(string paragraph, int width, string newline = "\n")
    {
        var text = new StringBuilder();
        int column = 0;
        foreach (string word in paragraph.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                text.Append(newline);
                column = 0;
            }
            else if (column > 0)
            {
                text.Append(' ');
                column++;
            }

            text.Append(word);
            column += word.Length;
        }

        return text.ToString();
    }

    /// <summary>The chapter's paragraphs as HTML <c>&lt;p&gt;</c> elements (optionally with a class, as Calibre writes them).</summary>
    public static string HtmlParagraphs(int chapter, string? cssClass = null)
    {
        string open = cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">";
        return string.Concat(Paragraphs[chapter].Select(p => open + E(p) + "</p>\n"));
    }

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An EPUB zip (<c>Zip</c>): mimetype stored first, then the entries in order.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (Stream mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
            {
                mime.Write("application/epub+zip"u8);
            }

            foreach ((string name, string content) in entries)
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return stream.ToArray();
    }

    public static string Container(string opfPath) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n   <rootfiles>\n" +
        $"      <rootfile full-path=\"{opfPath}\" media-type=\"application/oebps-package+xml\"/>\n   </rootfiles>\n</container>\n";

    public static string Xhtml(string title, string body, string? head = null) =>
        "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n<head>\n<title>" + E(title) +
        "</title>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n" + (head ?? string.Empty) + "</head>\n<body>\n" + body + "</body>\n</html>\n";
}
