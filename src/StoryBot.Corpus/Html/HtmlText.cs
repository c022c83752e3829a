using System.Text;
using AngleSharp.Dom;

namespace StoryBot.Corpus.Html;

/// <summary>
/// Turns HTML into the plain text the chapter parser reads: one line per paragraph with a blank line between, <c>br</c>
/// as a line break, <c>hr</c> as a "* * *" scene rule, headings as lines of their own, whitespace collapsed (a <c>pre</c>
/// keeps its line breaks), scripts, styles, images, printed page numbers ("[Pg 12]") and short paragraphs that are mostly
/// a link ("Back to my stories") dropped. Emphasis stays as Discord markdown: <c>em</c>/<c>i</c> → <c>*…*</c>, <c>strong</c>/<c>b</c>
/// → <c>**…**</c>, <c>u</c> → <c>__…__</c>, <c>s</c>/<c>del</c> → <c>~~…~~</c> (only inline, never across paragraphs).
/// Recursion stops at <see cref="HtmlText(int)"/>'s depth; deeper content is taken as flat text.
/// </summary>
internal sealed partial class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "noscript", "template", "iframe", "object", "embed", "svg", "math", "img", "video", "audio",
        "canvas", "form", "button", "input", "select", "textarea", "link", "meta", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "figure", "figcaption", "center", "address", "body", "html",
    };

    private const int MaxNavigationChars = 60;

    private readonly int maxDepth;
    private readonly StringBuilder output = new();

    public HtmlText(int maxDepth)
    {
        this.maxDepth = maxDepth;
    }

    /// <summary>Characters inside links (a table of contents is mostly links).</summary>
    public int LinkChars { get; private set; }

    /// <summary>Characters of text written.</summary>
    public int TextChars { get; private set; }

    public int Length => output.Length;

    /// <summary>Elements (chapter headings) not written but recorded in <see cref="Cuts"/> with the offset where they sat.</summary>
    public IReadOnlySet<IElement>? CutAt { get; init; }

    public List<(int Offset, IElement Heading)> Cuts { get; } = [];

    /// <summary>Elements left out of the text (a chapter heading that is already the chapter's title).</summary>
    public IReadOnlySet<IElement>? Omit { get; init; }

    public override string ToString() => output.ToString();

    public string Slice(int start, int end) => output.ToString(start, end - start);

    /// <summary>The text of one node (and its subtree).</summary>
    public static string Of(INode node, int maxDepth = 256)
    {
        var text = new HtmlText(maxDepth);
        text.Append(node);
        return text.ToString().Trim();
    }

    /// <summary>The collapsed inline text of an element: no paragraph breaks, no markdown.</summary>
    public static string Inline(INode node) => Collapse(node.TextContent);

    public void Append(INode node) => Write(node, output, 0, inLink: false);

    /// <summary>Ends the current paragraph (a blank line before what follows).</summary>
    public void Break() => ParagraphBreak(output);

    /// <summary>Writes a line of its own (a heading or label).</summary>
    public void Line(string text)
    {
        ParagraphBreak(output);
        output.Append(text);
        ParagraphBreak(output);
    }

    private void Write(INode node, StringBuilder target, int depth, bool inLink)
    {
        switch (node)
        {
            case IText text:
                AppendText(target, text.Data, inLink);
                return;
            case IElement element:
                WriteElement(element, target, depth, inLink);
                return;
            case IDocument or IDocumentFragment:
                foreach (INode child in node.ChildNodes)
                {
                    Write(child, target, depth + 1, inLink);
                }

                return;
            default:
                return;
        }
    }

    private void WriteElement(IElement element, StringBuilder target, int depth, bool inLink)
    {
        string name = element.LocalName;
        if (Skipped.Contains(name) || (Omit is not null && Omit.Contains(element)) || IsPageNumber(element))
        {
            return;
        }

        if (CutAt is not null && CutAt.Contains(element))
        {
            ParagraphBreak(target);
            Cuts.Add((target.Length, element));
            return;
        }

        if (depth > maxDepth)
        {
            AppendText(target, element.TextContent, inLink);
            return;
        }

        switch (name)
        {
            case "br":
                TrimTrailingSpace(target);
                target.Append('\n');
                return;
            case "pre":
                WritePreformatted(element, target, inLink);
                return;
            case "hr":
                ParagraphBreak(target);
                target.Append("* * *");
                ParagraphBreak(target);
                return;
            case "em" or "i" or "cite" or "dfn" or "var":
                WriteEmphasis(element, target, depth, inLink, "*");
                return;
            case "strong" or "b":
                WriteEmphasis(element, target, depth, inLink, "**");
                return;
            case "u" or "ins":
                WriteEmphasis(element, target, depth, inLink, "__");
                return;
            case "s" or "strike" or "del":
                WriteEmphasis(element, target, depth, inLink, "~~");
                return;
            default:
                break;
        }

        bool block = Blocks.Contains(name) || name is "td" or "th";
        if (block && name is not ("td" or "th"))
        {
            ParagraphBreak(target);
        }

        bool link = inLink || name == "a";
        int start = target.Length;
        int textBefore = TextChars;
        int linksBefore = LinkChars;
        foreach (INode child in element.ChildNodes)
        {
            Write(child, target, depth + 1, link);
        }

        if (!inLink && name is "p" or "center" && IsNavigation(TextChars - textBefore, LinkChars - linksBefore, target, start))
        {
            // "Back to my stories", "Next chapter >>": a site's navigation, never story text (still counted as link text).
            target.Length = start;
        }

        if (name is "td" or "th")
        {
            TrimTrailingSpace(target);
            target.Append(' ');
        }
        else if (block)
        {
            ParagraphBreak(target);
        }
    }

    /// <summary>
    /// A printed book's page number: Project Gutenberg's <c>span.pagenum</c> ("[Pg 12]"), <c>pageno</c>/<c>page-number</c>
    /// classes, EPUB <c>epub:type="pagebreak"</c> / <c>role="doc-pagebreak"</c> markers. Never story text.
    /// </summary>
    private static bool IsPageNumber(IElement element)
    {
        if (element.GetAttribute("epub:type") is string type && type.Contains("pagebreak", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (element.GetAttribute("role") is "doc-pagebreak")
        {
            return true;
        }

        return element.ClassList.Length > 0 && element.ClassList.Any(c => c is "pagenum" or "pageno" or "page-number" or "pagenumber" or "page-num");
    }

    /// <summary>A short paragraph that is mostly a link, holding no line break: page navigation.</summary>
    private static bool IsNavigation(int text, int links, StringBuilder target, int start) =>
        text is > 0 and <= MaxNavigationChars && links * 2 >= text && target.Length - start <= MaxNavigationChars + 8
        && target.ToString(start, target.Length - start).AsSpan().Trim().IndexOf('\n') < 0;

    /// <summary><c>pre</c>: its line breaks are kept (a blank line stays a paragraph break), spaces within a line collapse.</summary>
    private void WritePreformatted(IElement element, StringBuilder target, bool inLink)
    {
        ParagraphBreak(target);
        foreach (string line in element.TextContent.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                ParagraphBreak(target);
                continue;
            }

            if (target.Length > 0 && target[^1] != '\n')
            {
                TrimTrailingSpace(target);
                target.Append('\n');
            }

            AppendText(target, line, inLink);
        }

        ParagraphBreak(target);
    }

    private void WriteEmphasis(IElement element, StringBuilder target, int depth, bool inLink, string marker)
    {
        var inner = new StringBuilder();
        foreach (INode child in element.ChildNodes)
        {
            Write(child, inner, depth + 1, inLink);
        }

        string content = inner.ToString();
        ReadOnlySpan<char> trimmed = content.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            target.Append(content.Length > 0 && NeedsSpace(target) ? " " : string.Empty);
            return;
        }

        if (content.Contains('\n', StringComparison.Ordinal) || trimmed.Contains(marker, StringComparison.Ordinal))
        {
            // Blocks inside an emphasis, or the marker itself in the text: no markdown.
            target.Append(content);
            return;
        }

        if (char.IsWhiteSpace(content[0]) && NeedsSpace(target))
        {
            target.Append(' ');
        }

        target.Append(marker).Append(trimmed).Append(marker);
        if (char.IsWhiteSpace(content[^1]))
        {
            target.Append(' ');
        }
    }
}
