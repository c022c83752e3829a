using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Html;

/// <summary>
/// Single-file HTML: AO3's download (preface and chapters, <see cref="Ao3Html"/>); FanFicFare's (a title "by" line,
/// <c>Label: value</c> lines, then one heading per chapter); plain HTML (its text, split at "Chapter N" lines like a
/// text file). Headings of one level split chapters when there are at least two of them and they read as chapter
/// headings, or the file says FanFicFare made it.
/// </summary>
internal static class HtmlWorkReader
{
    private static readonly string[] HeadingLevels = ["h2", "h3", "h1", "h4"];

    public static WorkParseResult Read(ReadOnlySpan<byte> bytes, string sourceName, WorkParserOptions options)
    {
        if (ChapterParser.Validate(bytes, options.Text with { MaxLineLength = int.MaxValue }, out string? html, out string encoding) is string reason)
        {
            return WorkParseResult.Fail(sourceName, reason);
        }

        IHtmlDocument document = HtmlDocuments.Parse(html!);
        return FromDocument(document, sourceName, "html (" + encoding + ")", options);
    }

    private static WorkParseResult FromDocument(IHtmlDocument document, string sourceName, string format, WorkParserOptions options)
    {
        IElement? body = document.Body;
        if (body is null)
        {
            return WorkParseResult.Fail(sourceName, "no story text (the HTML has no body)");
        }

        if (document.GetElementById("chapters") is IElement chapters && Ao3Html.IsChapterMarkup(chapters))
        {
            var tags = new WorkMetadataBuilder();
            string? workNotes = null;
            WorkMetadata story = document.GetElementById("preface") is IElement preface
                ? Ao3Html.ReadPreface(preface, tags, out workNotes)
                : new WorkMetadata();
            List<ChapterSection> sections = Ao3Html.ReadChapters(chapters, options.MaxHtmlDepth);
            if (sections.Count > options.MaxChapters)
            {
                sections = sections.GetRange(0, options.MaxChapters);
            }

            WorkMetadata work = tags.Build(story with { Title = story.Title ?? DocumentTitle(document) });
            return WorkAssembler.Assemble(sourceName, format, work, WithWorkNotes(sections, workNotes), []);
        }

        List<IElement> headings = ChapterHeadingElements(document, body);
        if (headings.Count >= 2)
        {
            return SplitAtHeadings(document, body, headings, sourceName, format, options);
        }

        RemoveTitleHeading(document, body);
        var text = new HtmlText(options.MaxHtmlDepth);
        text.Append(body);
        WorkParseResult result = TextWorkReader.FromText(text.ToString(), sourceName, format, options);
        if (result.Work is { } parsed && parsed.Metadata.Title is null && DocumentTitle(document) is string title)
        {
            WorkMetadata metadata = parsed.Metadata with { Title = title };
            return new WorkParseResult(parsed with
            {
                Metadata = metadata,
                Chapters = [.. parsed.Chapters.Select(c => c with { Metadata = c.Metadata with { StoryTitle = c.Metadata.StoryTitle ?? title } })],
            }, null);
        }

        return result;
    }

    private static WorkParseResult SplitAtHeadings(
        IHtmlDocument document, IElement body, List<IElement> headings, string sourceName, string format, WorkParserOptions options)
    {
        var text = new HtmlText(options.MaxHtmlDepth) { CutAt = headings.ToHashSet() };
        text.Append(body);
        string all = WithoutGutenbergLicence(text.ToString());
        string front = all[..Math.Min(text.Cuts[0].Offset, all.Length)];
        MetadataBuilder frontMetadata = FrontPage.Read(StripBold(front));
        WorkMetadata story = WorkAssembler.FromChapter(frontMetadata.Build(null));
        if (story.Title is null && TitleLine(document, headings) is { } line)
        {
            story = story with { Title = line.Title, Author = story.Author ?? line.Author };
        }

        var sections = new List<ChapterSection>(text.Cuts.Count);
        for (int i = 0; i < text.Cuts.Count && sections.Count < options.MaxChapters; i++)
        {
            int end = Math.Min(i + 1 < text.Cuts.Count ? text.Cuts[i + 1].Offset : all.Length, all.Length);
            if (text.Cuts[i].Offset >= end)
            {
                break;
            }

            HeadingTitle heading = HeadingTitle.From(HtmlText.Inline(text.Cuts[i].Heading));
            var section = new SectionText();
            section.SetBody(all[text.Cuts[i].Offset..end]);
            sections.Add(section.Build(heading.Number, heading.Title, heading.IsSpecial));
        }

        return WorkAssembler.Assemble(sourceName, format, story with { Title = story.Title ?? DocumentTitle(document) }, sections, []);
    }

    /// <summary>The first heading level with two or more headings that read as chapters (or any, in a FanFicFare file).</summary>
    private static List<IElement> ChapterHeadingElements(IHtmlDocument document, IElement body)
    {
        bool fanFicFare = IsFanFicFare(document);
        foreach (string level in HeadingLevels)
        {
            List<IElement> found = [.. body.QuerySelectorAll(level)];
            if (found.Count < 2)
            {
                continue;
            }

            int chapterLike = found.Count(h => ChapterHeadings.Classify(HtmlText.Inline(h).Trim(), out _, out _)
                is HeadingKind.Chapter or HeadingKind.Part or HeadingKind.Special or HeadingKind.Numbered);
            if (fanFicFare || chapterLike * 2 >= found.Count)
            {
                return found;
            }
        }

        return [];
    }

    private static bool IsFanFicFare(IHtmlDocument document) =>
        document.QuerySelectorAll("meta[name=generator]").Any(m => m.GetAttribute("content")?.Contains("FanFicFare", StringComparison.OrdinalIgnoreCase) == true)
        || document.QuerySelector("a[name^=section]") is not null;

    /// <summary>FanFicFare's "<c>Title by Author</c>" heading above the chapters.</summary>
    private static (string Title, string? Author)? TitleLine(IHtmlDocument document, List<IElement> chapterHeadings)
    {
        IElement? first = document.Body?.QuerySelectorAll("h1, h2, h3").FirstOrDefault(h => !chapterHeadings.Contains(h));
        if (first is null)
        {
            return null;
        }

        string line = HtmlText.Inline(first).Trim();
        int by = line.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        return by > 0 ? (line[..by].Trim(), line[(by + 4)..].Trim()) : line.Length > 0 ? (line, null) : null;
    }

    /// <summary>
    /// A plain page's first heading, before any text, that repeats its <c>&lt;title&gt;</c> ("The Long Road" above the
    /// story): the story's title, not its first paragraph.
    /// </summary>
    private static void RemoveTitleHeading(IHtmlDocument document, IElement body)
    {
        if (DocumentTitle(document) is not { } title
            || body.QuerySelector("h1, h2, h3") is not { } heading
            || HtmlText.Inline(heading).Trim() is not { Length: > 0 } text
            || !title.StartsWith(text, StringComparison.OrdinalIgnoreCase)
            || !(body.TextContent.TrimStart().StartsWith(heading.TextContent.Trim(), StringComparison.Ordinal)))
        {
            return;
        }

        heading.Remove();
    }

    private static string? DocumentTitle(IHtmlDocument document)
    {
        string title = document.Title?.Trim() ?? string.Empty;
        return title.Length is > 0 and <= 300 ? title : null;
    }

    private static IReadOnlyList<ChapterSection> WithWorkNotes(List<ChapterSection> sections, string? notes)
    {
        if (notes is null || sections.Count == 0)
        {
            return sections;
        }

        // The work's notes sit before the first chapter's text: a note of that chapter, never story text.
        ChapterSection first = sections[0];
        string prefix = notes.Trim() + "\n\n";
        var shifted = first.Notes.Select(n => n with { Range = new TextRange(n.Range.Start + prefix.Length, n.Range.Length) }).ToList();
        shifted.Insert(0, new Note(NoteKind.AuthorNote, new TextRange(0, notes.Trim().Length), notes.Trim()));
        sections[0] = first with
        {
            Text = prefix + first.Text,
            BodyStart = first.BodyStart + prefix.Length,
            BodyEnd = first.BodyEnd + prefix.Length,
            Notes = shifted,
        };
        return sections;
    }

    /// <summary>The text up to Project Gutenberg's "End of the Project Gutenberg EBook" line (the licence follows it).</summary>
    private static string WithoutGutenbergLicence(string text)
    {
        List<TextLine> lines = TextLine.Split(text);
        int end = TextWorkSplitter.GutenbergEnd(text, lines);
        return end < lines.Count ? text[..lines[end].Start] : text;
    }

    private static string StripBold(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);
}
