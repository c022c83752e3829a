using AngleSharp.Dom;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Html;

/// <summary>
/// AO3's download format (HTML, and the same markup inside its EPUB): the preface (<c>#preface</c>: a <c>dl.tags</c> of
/// Rating, Archive Warning, Category, Fandom, Relationship, Character, Additional Tags, Language, Series, Stats; the
/// title, byline, Summary and Notes) and the chapters (<c>#chapters</c>: per chapter a <c>div.meta.group</c> with the
/// <c>h2.heading</c> "Chapter 3: Title", Chapter Summary and Chapter Notes, the <c>div.userstuff</c> text, and a
/// <c>div.meta</c> of Chapter End Notes).
/// </summary>
internal static class Ao3Html
{
    public static bool IsChapterMarkup(IElement root) =>
        root.QuerySelector("div.userstuff") is not null && (root.QuerySelector("div.meta h2.heading") is not null || root.Id == "chapters");

    /// <summary>Reads the preface's tags into <paramref name="tags"/> and returns title, author, rating, summary, link; <paramref name="notes"/> gets the work's notes.</summary>
    public static WorkMetadata ReadPreface(IElement preface, WorkMetadataBuilder tags, out string? notes)
    {
        Rating rating = Rating.Unrated;
        foreach (IElement term in preface.QuerySelectorAll("dl.tags > dt"))
        {
            IElement? value = term.NextElementSibling;
            if (value is null || value.LocalName != "dd")
            {
                continue;
            }

            string key = HtmlText.Inline(term).Trim().TrimEnd(':').Trim();
            List<string> values = Values(value);
            switch (key.ToUpperInvariant())
            {
                case "RATING" or "RATINGS":
                    if (values.Count > 0 && RatingParser.TryParse(values[0], out Rating parsed))
                    {
                        rating = parsed;
                    }

                    break;
                case "ARCHIVE WARNING" or "ARCHIVE WARNINGS" or "WARNING" or "WARNINGS":
                    values.ForEach(v => tags.Add(WorkTagKind.Warning, v));
                    break;
                case "CATEGORY" or "CATEGORIES":
                    values.ForEach(v => tags.Add(WorkTagKind.Category, v));
                    break;
                case "FANDOM" or "FANDOMS":
                    values.ForEach(v => tags.Add(WorkTagKind.Fandom, v));
                    break;
                case "RELATIONSHIP" or "RELATIONSHIPS":
                    values.ForEach(v => tags.Add(WorkTagKind.Relationship, v));
                    break;
                case "CHARACTER" or "CHARACTERS":
                    values.ForEach(v => tags.Add(WorkTagKind.Character, v));
                    break;
                case "ADDITIONAL TAG" or "ADDITIONAL TAGS" or "FREEFORM" or "FREEFORMS":
                    values.ForEach(v => tags.Add(WorkTagKind.AdditionalTag, v));
                    break;
                case "LANGUAGE":
                    tags.SetLanguage(HtmlText.Inline(value));
                    break;
                case "SERIES":
                    tags.SetSeries(HtmlText.Inline(value));
                    break;
                case "STATS":
                    tags.SetStats(HtmlText.Inline(value));
                    break;
                default:
                    break;
            }
        }

        string? title = Text(preface.QuerySelector(".meta h1")) ?? Text(preface.QuerySelector("p.message b"));
        IElement? byline = preface.QuerySelector(".byline");
        string? author = byline?.QuerySelectorAll("a[rel=author]") is { Length: > 0 } authors
            ? string.Join(", ", authors.Select(HtmlText.Inline))
            : Text(byline) is string line && line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? line[3..].Trim() : Text(byline);
        string? url = preface.QuerySelectorAll("p.message a[href]")
            .Select(a => a.GetAttribute("href"))
            .LastOrDefault(href => href is not null && href.Contains("/works/", StringComparison.Ordinal));

        string? summary = null;
        notes = null;
        foreach (IElement label in preface.QuerySelectorAll(".meta > p"))
        {
            string name = HtmlText.Inline(label).Trim();
            IElement? quote = label.NextElementSibling;
            if (quote?.LocalName != "blockquote")
            {
                continue;
            }

            if (name.Equals("Summary", StringComparison.OrdinalIgnoreCase))
            {
                summary ??= Flatten(HtmlText.Of(quote));
            }
            else if (name.Equals("Notes", StringComparison.OrdinalIgnoreCase))
            {
                notes ??= HtmlText.Of(quote);
            }
        }

        return new WorkMetadata { Title = title, Author = author, Rating = rating, Summary = summary, Url = HttpOnly(url) };
    }

    /// <summary>The chapters under <paramref name="root"/> (<c>#chapters</c>, or a chapter document's body).</summary>
    public static List<ChapterSection> ReadChapters(IElement root, int maxDepth)
    {
        var sections = new List<ChapterSection>();
        SectionText? current = null;
        HeadingTitle heading = default;
        foreach (IElement child in root.Children)
        {
            bool meta = child.ClassList.Contains("meta");
            if (meta && child.ClassList.Contains("group") && (current is not { HasBody: true } || child.QuerySelector("h2") is not null))
            {
                Flush(sections, ref current, heading);
                current = new SectionText();
                heading = HeadingTitle.From(Text(child.QuerySelector("h2.heading") ?? child.QuerySelector("h2")));
                AddLabelledNotes(child, current, maxDepth);
            }
            else if (child.ClassList.Contains("userstuff"))
            {
                current ??= new SectionText();
                var body = new HtmlText(maxDepth);
                body.Append(child);
                current.SetBody(body.ToString());
            }
            else if (meta && current is not null)
            {
                // Chapter End Notes (div.meta#endnotesN; "meta group" with no heading after the chapter's text).
                AddLabelledNotes(child, current, maxDepth);
            }
            else if (child.ClassList.Contains("chapter") || child.Id?.StartsWith("chapter-", StringComparison.Ordinal) == true)
            {
                sections.AddRange(ReadChapters(child, maxDepth));
            }
        }

        Flush(sections, ref current, heading);
        return sections;
    }

    private static void AddLabelledNotes(IElement meta, SectionText section, int maxDepth)
    {
        foreach (IElement quote in meta.QuerySelectorAll("blockquote"))
        {
            section.AddNote(HtmlText.Of(quote, maxDepth));
        }
    }

    private static void Flush(List<ChapterSection> sections, ref SectionText? current, HeadingTitle heading)
    {
        if (current is not null && current.HasBody)
        {
            sections.Add(current.Build(heading.Number, heading.Title, heading.IsSpecial));
        }

        current = null;
    }

    private static List<string> Values(IElement value)
    {
        var links = value.QuerySelectorAll("a");
        if (links.Length > 0)
        {
            return [.. links.Select(HtmlText.Inline).Where(v => v.Length > 0)];
        }

        return [.. HtmlText.Inline(value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static string? Text(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        string text = HtmlText.Inline(element).Trim();
        return text.Length == 0 ? null : text;
    }

    internal static string Flatten(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    internal static string? HttpOnly(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString()
            : null;
}
