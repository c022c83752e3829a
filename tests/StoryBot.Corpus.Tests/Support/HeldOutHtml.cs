using System.Text;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>HTML files as fans have them: a Project Gutenberg "-h.htm" and an old archive page saved as Windows-1252.</summary>
internal static class HeldOutHtml
{
    /// <summary>The paragraph of chapter 2 with a page number mid-paragraph: "[Pg 12]" must not appear in it.</summary>
    public const int PageNumberChapter = 1;

    /// <summary>
    /// Project Gutenberg HTML (the 2010s "-h.htm" shape): a &lt;pre&gt; header with the licence lead-in and Title/Author
    /// lines, an h1 title and "BY" line, an h2 CONTENTS with a table of links, then h2 "CHAPTER I.&lt;br/&gt;THE LAMP
    /// ROOM" headings with anchors, &lt;span class="pagenum"&gt;[Pg N]&lt;/span&gt; page numbers (one mid-paragraph),
    /// and a &lt;pre&gt; footer with the END line and the full licence.
    /// </summary>
    public static string Gutenberg()
    {
        var html = new StringBuilder(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n" +
            "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\" />\n<title>The Project Gutenberg eBook of " + E(Title) + ", by " + Author + "</title>\n" +
            "<style type=\"text/css\">\n.pagenum { position: absolute; right: 4%; }\nh2 { text-align: center; }\n</style>\n</head>\n<body>\n<pre>\n\n" +
            "The Project Gutenberg EBook of " + E(Title) + ", by " + Author + "\n\nThis eBook is for the use of anyone anywhere at no cost and with\nalmost no restrictions whatsoever.  You may copy it, give it away or\n" +
            "re-use it under the terms of the Project Gutenberg License included\nwith this eBook or online at www.gutenberg.org\n\n\nTitle: " + E(Title) + "\n\nAuthor: " + Author +
            "\n\nRelease Date: March 3, 2012 [EBook #39012]\n\nLanguage: English\n\n\n*** START OF THIS PROJECT GUTENBERG EBOOK THE LAMPLIGHTER'S DAUGHTER ***\n\n\n\n\nProduced by Volunteer Proofreaders\n\n</pre>\n\n" +
            "<h1>THE LAMPLIGHTER&#8217;S DAUGHTER</h1>\n<p class=\"center\">BY<br />MIRREN THALE</p>\n<hr class=\"full\" />\n<h2>CONTENTS</h2>\n<table summary=\"Contents\">\n");
        for (int c = 0; c < 3; c++)
        {
            html.Append($"<tr><td><a href=\"#CHAPTER_{Roman[c]}\">CHAPTER {Roman[c]}.</a></td><td><a href=\"#CHAPTER_{Roman[c]}\">{E(ChapterTitles[c])}</a></td><td class=\"tdr\"><a href=\"#Page_{1 + (c * 11)}\">{1 + (c * 11)}</a></td></tr>\n");
        }

        html.Append("</table>\n");
        for (int c = 0; c < 3; c++)
        {
            html.Append("<hr class=\"chap\" />\n<h2><a name=\"CHAPTER_").Append(Roman[c]).Append("\" id=\"CHAPTER_").Append(Roman[c]).Append("\"></a>CHAPTER ").Append(Roman[c])
                .Append(".<br />\n").Append(E(ChapterTitles[c].ToUpperInvariant())).Append("</h2>\n");
            for (int p = 0; p < 3; p++)
            {
                string text = E(Paragraphs[c][p]);
                if (p == 0)
                {
                    text = $"<span class=\"pagenum\"><a name=\"Page_{1 + (c * 11)}\" id=\"Page_{1 + (c * 11)}\">[Pg {1 + (c * 11)}]</a></span>" + text;
                }

                if (c == PageNumberChapter && p == 0)
                {
                    int cut = text.IndexOf("from the Board", StringComparison.Ordinal) + "from the Board".Length + 1;
                    text = text[..cut] + "<span class=\"pagenum\"><a name=\"Page_12\" id=\"Page_12\">[Pg 12]</a></span>" + text[cut..];
                }

                html.Append("<p>").Append(text).Append("</p>\n");
            }
        }

        html.Append("<p>&nbsp;</p>\n<p class=\"center\">THE END</p>\n<pre>\n\n\n\n\n\nEnd of the Project Gutenberg EBook of ").Append(E(Title)).Append(", by ").Append(Author)
            .Append("\n\n*** END OF THIS PROJECT GUTENBERG EBOOK THE LAMPLIGHTER'S DAUGHTER ***\n\n***** This file should be named 39012-h.htm or 39012-h.zip *****\n")
            .Append("This and all associated files of various formats will be found in:\n        http://www.gutenberg.org/3/9/0/1/39012/\n\n")
            .Append("Updated editions will replace the previous one--the old editions\nwill be renamed.\n\n*** START: FULL LICENSE ***\n\nTHE FULL PROJECT GUTENBERG LICENSE\n")
            .Append("PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK\n\nTo protect the Project Gutenberg-tm mission of promoting the free\ndistribution of electronic works, by using or distributing this work\n")
            .Append("(or any other work associated in any way with the phrase \"Project\nGutenberg\"), you agree to comply with all the terms of the Full Project\nGutenberg-tm License.\n\n</pre>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The paragraphs of <see cref="Windows1252"/>, as they must read after decoding.</summary>
    public static readonly string[][] Windows1252Paragraphs =
    [
        [
            "“Mind the step,” Gran said, and held the café door for her with one naïve, hopeful hand, as if the rain might decide to stay outside.",
            "The boats were folded from the menus — all of them, even the specials — and Hana set them on the puddle by the window one at a time.",
            "When the last one sank she did not cry. She asked for another menu, which Gran said was the bravest thing she had seen all week.",
        ],
        [
            "By the second summer the café had a new owner and the menus were laminated, which was a betrayal Hana took personally for years.",
            "“You can’t fold plastic,” she told the new owner, and he agreed that this was a serious flaw in his business plan.",
        ],
    ];

    /// <summary>
    /// A page saved from an old personal archive: Windows-1252 bytes (curly quotes, é, ï, em dash) declared by
    /// <c>&lt;meta http-equiv&gt;</c>, a centred &lt;font&gt; title and "by" line, chapter headings as centred bold
    /// paragraphs ("Chapter One"), a "* * *" scene break in chapter one.
    /// </summary>
    public static byte[] Windows1252()
    {
        var html = new StringBuilder(
            "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\r\n<title>Paper Boats</title>\r\n</head>\r\n<body bgcolor=\"#FFFFFF\" text=\"#000000\">\r\n" +
            "<center><font size=\"+2\"><b>Paper Boats</b></font><br>\r\nby inkwell_otter</center>\r\n<br>\r\n");
        string[] headings = ["Chapter One", "Chapter Two"];
        for (int c = 0; c < 2; c++)
        {
            html.Append("<p align=\"center\"><b>").Append(headings[c]).Append("</b></p>\r\n");
            for (int p = 0; p < Windows1252Paragraphs[c].Length; p++)
            {
                if (c == 0 && p == 2)
                {
                    html.Append("<p align=\"center\">* * *</p>\r\n");
                }

                html.Append("<p>").Append(Windows1252Paragraphs[c][p]).Append("</p>\r\n");
            }
        }

        html.Append("<hr>\r\n<p><font size=\"-1\">Back to <a href=\"index.html\">my stories</a></font></p>\r\n</body>\r\n</html>\r\n");
        return Encode1252(html.ToString());
    }

    private static byte[] Encode1252(string text) =>
        [.. text.Select(ch => ch switch
        {
            '“' => (byte)0x93, '”' => (byte)0x94, '’' => (byte)0x92, '—' => (byte)0x97, 'é' => (byte)0xE9, 'ï' => (byte)0xEF,
            < (char)0x80 => (byte)ch,
            _ => throw new ArgumentException($"no Windows-1252 byte for {ch}", nameof(text)),
        })];
}
