using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Parsing;

/// <summary>Export lines of a header: "Title: …", "Author: …", "Pairing: …", "Chapter: 5 - Title"; the key names exports use and what each sets.</summary>
internal static class HeaderKeyValue
{
    private static readonly Dictionary<string, HeaderField> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = HeaderField.StoryTitle, ["story"] = HeaderField.StoryTitle, ["story title"] = HeaderField.StoryTitle, ["story name"] = HeaderField.StoryTitle,
        ["fic"] = HeaderField.StoryTitle, ["fic title"] = HeaderField.StoryTitle, ["fanfic"] = HeaderField.StoryTitle,
        ["chapter title"] = HeaderField.ChapterTitle, ["original chapter title"] = HeaderField.ChapterTitle, ["chapter name"] = HeaderField.ChapterTitle,
        ["chapter"] = HeaderField.Chapter, ["chapter number"] = HeaderField.Chapter, ["ch"] = HeaderField.Chapter, ["chap"] = HeaderField.Chapter,
        ["author"] = HeaderField.Author, ["authors"] = HeaderField.Author, ["by"] = HeaderField.Author, ["written by"] = HeaderField.Author,
        ["writer"] = HeaderField.Author, ["pen name"] = HeaderField.Author, ["penname"] = HeaderField.Author, ["creator"] = HeaderField.Author,
        ["rating"] = HeaderField.Rating, ["rated"] = HeaderField.Rating,
        ["summary"] = HeaderField.Summary, ["description"] = HeaderField.Summary, ["blurb"] = HeaderField.Summary, ["synopsis"] = HeaderField.Summary,
        ["source"] = HeaderField.Source, ["link"] = HeaderField.Source, ["url"] = HeaderField.Source, ["story link"] = HeaderField.Source,
        ["story url"] = HeaderField.Source, ["original link"] = HeaderField.Source, ["originally posted at"] = HeaderField.Source, ["posted at"] = HeaderField.Source,
        ["fandom"] = HeaderField.Fandom, ["fandoms"] = HeaderField.Fandom, ["category"] = HeaderField.Category, ["categories"] = HeaderField.Category,
        ["genre"] = HeaderField.Category, ["genres"] = HeaderField.Category, ["characters"] = HeaderField.Character, ["character"] = HeaderField.Character,
        ["pairing"] = HeaderField.Relationship, ["pairings"] = HeaderField.Relationship, ["relationship"] = HeaderField.Relationship, ["relationships"] = HeaderField.Relationship,
        ["warning"] = HeaderField.Warnings, ["warnings"] = HeaderField.Warnings, ["archive warning"] = HeaderField.Warnings, ["archive warnings"] = HeaderField.Warnings,
        ["words"] = HeaderField.Ignored, ["word count"] = HeaderField.Ignored, ["wordcount"] = HeaderField.Ignored, ["status"] = HeaderField.Ignored,
        ["published"] = HeaderField.Published, ["updated"] = HeaderField.Updated, ["completed"] = HeaderField.Updated, ["language"] = HeaderField.Language,
        ["series"] = HeaderField.Series, ["tags"] = HeaderField.Tags, ["additional tags"] = HeaderField.Tags, ["freeform"] = HeaderField.Tags, ["chapters"] = HeaderField.Ignored,
        ["reviews"] = HeaderField.Ignored, ["favs"] = HeaderField.Ignored, ["follows"] = HeaderField.Ignored, ["beta"] = HeaderField.Ignored,
        ["beta reader"] = HeaderField.Ignored, ["betaed by"] = HeaderField.Ignored, ["beta'd by"] = HeaderField.Ignored, ["posted"] = HeaderField.Published,
        ["date"] = HeaderField.Ignored, ["stats"] = HeaderField.Stats, ["crossover"] = HeaderField.Ignored, ["spoilers"] = HeaderField.Ignored,
        ["dedication"] = HeaderField.Ignored, ["feedback"] = HeaderField.Ignored, ["archive"] = HeaderField.Ignored, ["prompt"] = HeaderField.Ignored,
        ["release date"] = HeaderField.Ignored, ["kudos"] = HeaderField.Ignored, ["hits"] = HeaderField.Ignored, ["bookmarks"] = HeaderField.Ignored,
        ["comments"] = HeaderField.Ignored, ["collections"] = HeaderField.Ignored, ["packaged"] = HeaderField.Ignored,
    };

    internal static bool TryRead(ReadOnlySpan<char> content, MetadataBuilder metadata, out bool isSummary)
    {
        isSummary = false;
        int colon = content.IndexOf(':');
        if (colon <= 0 || colon > 30)
        {
            return false;
        }

        ReadOnlySpan<char> key = content[..colon].Trim();
        string value = content[(colon + 1)..].Trim().ToString();
        if (!Keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out HeaderField field))
        {
            return false;
        }

        if (value.Length > HeaderReader.MaxHeaderLineLength && field != HeaderField.Summary)
        {
            return false;
        }

        switch (field)
        {
            case HeaderField.StoryTitle:
                metadata.SetStoryTitle(value);
                break;
            case HeaderField.ChapterTitle:
                metadata.SetChapterTitle(value);
                break;
            case HeaderField.Chapter:
                ChapterLine.ApplyValue(value, metadata);
                break;
            case HeaderField.Author:
                metadata.SetAuthor(StripTrailingLink(value));
                break;
            case HeaderField.Rating:
                metadata.SetRating(value);
                break;
            case HeaderField.Summary:
                isSummary = true;
                break;
            case HeaderField.Source:
                metadata.SetSource(value);
                break;
            case HeaderField.Fandom:
                metadata.Work.AddList(WorkTagKind.Fandom, value);
                break;
            case HeaderField.Relationship:
                metadata.Work.AddList(WorkTagKind.Relationship, value);
                break;
            case HeaderField.Character:
                metadata.Work.AddList(WorkTagKind.Character, value);
                break;
            case HeaderField.Tags:
                metadata.Work.AddList(WorkTagKind.AdditionalTag, value);
                break;
            case HeaderField.Warnings:
                metadata.Work.AddList(WorkTagKind.Warning, value);
                break;
            case HeaderField.Category:
                metadata.Work.AddList(WorkTagKind.Category, value);
                break;
            case HeaderField.Series:
                metadata.Work.SetSeries(value);
                break;
            case HeaderField.Published:
                metadata.Work.SetPublished(value);
                break;
            case HeaderField.Updated:
                metadata.Work.SetUpdated(value);
                break;
            case HeaderField.Language:
                metadata.Work.SetLanguage(value);
                break;
            case HeaderField.Stats:
                metadata.Work.SetStats(value);
                break;
            default:
                break;
        }

        return true;
    }

    internal static bool IsAuthorKey(ReadOnlySpan<char> content)
    {
        int colon = content.IndexOf(':');
        return colon > 0 && colon <= 30
            && Keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(content[..colon].Trim(), out HeaderField field)
            && field is HeaderField.Author or HeaderField.Chapter or HeaderField.ChapterTitle;
    }

    internal static string StripTrailingLink(string value)
    {
        int http = value.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        string name = http > 0 ? value[..http] : value;
        return name.Trim().TrimEnd('(', '<', '[', '-', '|', ' ').Trim();
    }
}
