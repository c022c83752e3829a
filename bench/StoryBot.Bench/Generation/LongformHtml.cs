using System.Globalization;
using System.Net;
using System.Text;

namespace StoryBot.Bench.Generation;

/// <summary>A long-form work as one plain HTML file (title, by-line, one <c>h2</c> per chapter), and a chapter as XHTML for EPUB.</summary>
internal static class LongformHtml
{
    public static string Write(string title, string author, IReadOnlyList<LongformChapter> chapters)
    {
        var html = new StringBuilder(1 << 20);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(title)}</h1>\n<p>by {Encode(author)}</p>\n");
        foreach (LongformChapter chapter in chapters)
        {
            AppendChapter(html, chapter);
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    public static string Xhtml(LongformChapter chapter)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>")
            .Append(Encode(HeadingText(chapter))).Append("</title></head>\n<body>\n");
        AppendChapter(html, chapter);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    public static string HeadingText(LongformChapter chapter) =>
        chapter.Title is not null && !chapter.Heading.Contains(':', StringComparison.Ordinal) ? $"{chapter.Heading} {chapter.Title}" : chapter.Heading;

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static void AppendChapter(StringBuilder html, LongformChapter chapter)
    {
        html.Append("<h2>").Append(Encode(HeadingText(chapter))).Append("</h2>\n");
        foreach (string paragraph in chapter.Paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }
    }
}
