using AngleSharp.Dom;

namespace StoryBot.Corpus.Epub;

/// <summary>
/// EPUB 3 structural semantics: a spine document whose body, or a section near its top, says it is a cover, title
/// page, imprint, copyright page, dedication, contents, colophon, acknowledgements or other front/back matter
/// (<c>epub:type</c>, or the matching DPUB-ARIA <c>role="doc-…"</c>) is not a chapter. A document that also says
/// chapter, prologue, epilogue, interlude or part is one.
/// </summary>
internal static class EpubMatter
{
    private const int MaxDepth = 3;

    private static readonly HashSet<string> NotStory = new(StringComparer.OrdinalIgnoreCase)
    {
        "cover", "titlepage", "halftitlepage", "imprint", "colophon", "copyright-page", "dedication", "toc", "landmarks", "loi", "lot",
        "index", "acknowledgments", "acknowledgements", "contributors", "other-credits", "errata", "endnotes", "frontmatter", "backmatter",
        "doc-colophon", "doc-dedication", "doc-toc", "doc-acknowledgments", "doc-credits", "doc-endnotes", "doc-index", "doc-cover",
    };

    private static readonly HashSet<string> Story = new(StringComparer.OrdinalIgnoreCase)
    {
        "chapter", "prologue", "epilogue", "interlude", "part", "volume", "bodymatter", "doc-chapter", "doc-prologue", "doc-epilogue", "doc-part",
    };

    /// <summary>True when the document marks itself as front or back matter and nowhere as story.</summary>
    public static bool IsFrontOrBackMatter(IElement body)
    {
        bool matter = false;
        return !Visit(body, 0, ref matter) && matter;
    }

    /// <summary>Walks the top of the tree; returns true as soon as a story type is seen.</summary>
    private static bool Visit(IElement element, int depth, ref bool matter)
    {
        foreach (string token in Tokens(element))
        {
            if (Story.Contains(token))
            {
                return true;
            }

            matter |= NotStory.Contains(token);
        }

        if (depth >= MaxDepth)
        {
            return false;
        }

        foreach (IElement child in element.Children)
        {
            if (Visit(child, depth + 1, ref matter))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Tokens(IElement element)
    {
        foreach (string attribute in new[] { "epub:type", "role" })
        {
            if (element.GetAttribute(attribute) is string value)
            {
                foreach (string token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return token;
                }
            }
        }
    }
}
