using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using StoryBot.Corpus.Html;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Epub;

/// <summary>
/// EPUB 2 and 3: container.xml → OPF → spine, one chapter per spine document (titles from the nav document or NCX, else
/// the document's first heading). AO3's EPUB (preface.xhtml with the tag list, chapter documents in AO3's markup) and
/// FanFicFare's (title_page.xhtml of <c>Label: value</c> lines) are recognised; cover, title, contents and log pages
/// are metadata, never chapters. A document holding several "Chapter N" headings is split like a text file.
/// </summary>
public static class EpubWorkReader
{
    private static readonly string[] FrontPageNames = ["cover", "title", "toc", "nav", "contents", "log_page", "copyright", "info", "front"];

    public static WorkParseResult Read(ReadOnlySpan<byte> bytes, string sourceName, WorkParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            using var zip = new SafeZip(bytes.ToArray(), options);
            return Read(zip, sourceName, options);
        }
        catch (EpubException ex)
        {
            return WorkParseResult.Fail(sourceName, ex.Message);
        }
    }

    private static WorkParseResult Read(SafeZip zip, string sourceName, WorkParserOptions options)
    {
        EpubPackage package = EpubPackage.Read(zip);
        Dictionary<string, string> titles = EpubNavigation.Titles(zip, package);
        var tags = package.Extras;
        WorkMetadata story = package.Story;
        var sections = new List<ChapterSection>();
        var warnings = new List<string>();
        if (zip.IgnoredEntries > 0)
        {
            warnings.Add($"{sourceName}: {zip.IgnoredEntries} zip entries with paths outside the book were ignored");
        }

        foreach (EpubManifestItem item in package.Spine)
        {
            if (item.IsNav || sections.Count >= options.MaxChapters || zip.Read(item.Path) is not byte[] bytes
                || EpubNavigation.Decode(bytes) is not string html)
            {
                continue;
            }

            IHtmlDocument document = HtmlDocuments.Parse(html);
            if (document.Body is not IElement body)
            {
                continue;
            }

            if (document.GetElementById("preface") is IElement preface)
            {
                WorkMetadata fromPreface = Ao3Html.ReadPreface(preface, tags, out _);
                story = Merge(story, fromPreface);
                continue;
            }

            if (Ao3Html.IsChapterMarkup(body))
            {
                sections.AddRange(Ao3Html.ReadChapters(document.GetElementById("chapters") ?? body, options.MaxHtmlDepth));
                continue;
            }

            if (document.GetElementById("afterword") is not null)
            {
                continue;
            }

            AddGeneric(item, document, body, titles.GetValueOrDefault(item.Path), titles.Count > 0, sections, ref story, tags, options);
        }

        WorkMetadata work = tags.Build(story);
        if (package.Subjects.Count > 0)
        {
            // dc:subject repeats AO3's tags (fandom, rating, warnings…); only the ones not already known are extra tags.
            var known = new HashSet<string>(work.Fandoms.Concat(work.Relationships).Concat(work.Characters).Concat(work.Warnings)
                .Concat(work.Categories).Concat(work.AdditionalTags), StringComparer.OrdinalIgnoreCase);
            bool ratingLike(string s) => RatingParser.TryParse(s, out _);
            work = work with { AdditionalTags = [.. work.AdditionalTags, .. package.Subjects.Where(s => !ratingLike(s) && known.Add(s))] };
        }

        return sections.Count == 0
            ? WorkParseResult.Fail(sourceName, "no story text in the EPUB's chapters")
            : WorkAssembler.Assemble(sourceName, "epub", work, sections, warnings);
    }

    private static void AddGeneric(
        EpubManifestItem item, IHtmlDocument document, IElement body, string? navTitle, bool hasNavigation, List<ChapterSection> sections,
        ref WorkMetadata story, WorkMetadataBuilder tags, WorkParserOptions options)
    {
        string fileName = item.Path[(item.Path.LastIndexOf('/') + 1)..];
        bool frontPage = (sections.Count == 0 && FrontPageNames.Any(n => fileName.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            || EpubMatter.IsFrontOrBackMatter(body);
        IElement? heading = body.QuerySelectorAll("h1, h2, h3").FirstOrDefault();
        var text = new HtmlText(options.MaxHtmlDepth);
        text.Append(body);
        string content = text.ToString();
        if (frontPage || (text.TextChars > 0 && text.LinkChars * 10 >= text.TextChars * 6))
        {
            // A title page ("Author: …", "Summary: …"), cover or table of contents: metadata, not a chapter.
            MetadataBuilder front = FrontPage.Read(content.Replace("**", string.Empty, StringComparison.Ordinal));
            foreach (WorkTagKind kind in Enum.GetValues<WorkTagKind>())
            {
                foreach (string tag in front.Work.Tags(kind))
                {
                    tags.Add(kind, tag);
                }
            }

            story = Merge(story, WorkAssembler.FromChapter(front.Build(null)));
            return;
        }

        // Several "Chapter N" headings in one document (a whole book in one file): split like a text file.
        if (TextWorkSplitter.Run(content, TextLine.Split(content), options.MaxChapters - sections.Count) is { } parts)
        {
            sections.AddRange(parts.Chapters);
            return;
        }

        if (heading is null && navTitle is null && hasNavigation && sections.Count > 0)
        {
            // Calibre splits a long chapter over several files: a document with no heading and no entry in the contents
            // continues the chapter before it.
            sections[^1] = Continued(sections[^1], content);
            return;
        }

        // The heading (with its hgroup subtitle) is the chapter's title, not its first paragraph.
        IElement? headingBlock = heading?.ParentElement is { LocalName: "hgroup" } group ? group : heading;
        string? headingText = headingBlock is null ? null : HeadingText(headingBlock);
        if (headingBlock is not null && StartsWith(body, headingBlock))
        {
            text = new HtmlText(options.MaxHtmlDepth) { Omit = new HashSet<IElement> { headingBlock } };
            text.Append(body);
            content = text.ToString();
        }

        HeadingTitle title = HeadingTitle.From(navTitle ?? headingText);
        var section = new SectionText();
        section.SetBody(content);
        sections.Add(section.Build(title.Number, title.Title, title.IsSpecial));
    }

    /// <summary>A heading's text; an hgroup's lines joined by ": " ("I" and "The Lamp Room" → "I: The Lamp Room").</summary>
    private static string HeadingText(IElement block)
    {
        if (block.LocalName != "hgroup")
        {
            return HtmlText.Inline(block).Trim();
        }

        return string.Join(": ", block.Children.Select(c => HtmlText.Inline(c).Trim()).Where(t => t.Length > 0));
    }

    /// <summary>True when no text comes before <paramref name="element"/> in <paramref name="body"/>.</summary>
    private static bool StartsWith(IElement body, IElement element)
    {
        for (INode? node = body.FirstChild; node is not null;)
        {
            if (node == element)
            {
                return true;
            }

            if (node.Contains(element))
            {
                node = node.FirstChild;
                continue;
            }

            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }

            node = node.NextSibling;
        }

        return false;
    }

    private static ChapterSection Continued(ChapterSection previous, string content)
    {
        string more = content.Trim('\n', ' ');
        if (more.Length == 0)
        {
            return previous;
        }

        string text = previous.Text[..previous.BodyEnd] + "\n\n" + more;
        int bodyEnd = text.Length;
        string rest = previous.Text[previous.BodyEnd..];
        int shift = bodyEnd - previous.BodyEnd;
        var notes = previous.Notes.Select(n => n.Range.Start >= previous.BodyEnd ? n with { Range = new TextRange(n.Range.Start + shift, n.Range.Length) } : n).ToList();
        return previous with { Text = text + rest, BodyEnd = bodyEnd, Notes = notes };
    }

    private static WorkMetadata Merge(WorkMetadata first, WorkMetadata second) => first with
    {
        Title = first.Title ?? second.Title,
        Author = first.Author ?? second.Author,
        Rating = first.Rating != Rating.Unrated ? first.Rating : second.Rating,
        Summary = first.Summary ?? second.Summary,
        Url = second.Url ?? first.Url,
    };
}
