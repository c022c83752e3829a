using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Reads the header block at the top of a chapter: export lines (<c>Title:</c>, <c>Author:</c>, <c>Rating:</c>,
/// <c>Summary:</c>, <c>Original Chapter Title:</c>…), chapter lines (<c>Chapter One: Many Regrets</c>, <c>Part 1:</c>),
/// by-lines (<c>by Cybergades</c>), a bare story title when a chapter line or by-line follows it, and notes
/// (A/N, disclaimers) in between. It stops at the first line that is none of these: that is where the story starts.
/// </summary>
internal static class HeaderReader
{
    private const int MaxHeaderItems = 24;
    private const int MaxHeaderLineLength = 300;
    private const int MaxSummaryLength = 3000;

    private enum Field
    {
        Ignored,
        StoryTitle,
        ChapterTitle,
        Chapter,
        Author,
        Rating,
        Summary,
        Source,
        Fandom,
        Relationship,
        Character,
        Tags,
        Warnings,
        Category,
        Series,
        Published,
        Updated,
        Language,
        Stats,
    }

    private static readonly Dictionary<string, Field> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = Field.StoryTitle, ["story"] = Field.StoryTitle, ["story title"] = Field.StoryTitle, ["story name"] = Field.StoryTitle,
        ["fic"] = Field.StoryTitle, ["fic title"] = Field.StoryTitle, ["fanfic"] = Field.StoryTitle,
        ["chapter title"] = Field.ChapterTitle, ["original chapter title"] = Field.ChapterTitle, ["chapter name"] = Field.ChapterTitle,
        ["chapter"] = Field.Chapter, ["chapter number"] = Field.Chapter, ["ch"] = Field.Chapter, ["chap"] = Field.Chapter,
        ["author"] = Field.Author, ["authors"] = Field.Author, ["by"] = Field.Author, ["written by"] = Field.Author,
        ["writer"] = Field.Author, ["pen name"] = Field.Author, ["penname"] = Field.Author, ["creator"] = Field.Author,
        ["rating"] = Field.Rating, ["rated"] = Field.Rating,
        ["summary"] = Field.Summary, ["description"] = Field.Summary, ["blurb"] = Field.Summary, ["synopsis"] = Field.Summary,
        ["source"] = Field.Source, ["link"] = Field.Source, ["url"] = Field.Source, ["story link"] = Field.Source,
        ["story url"] = Field.Source, ["original link"] = Field.Source, ["originally posted at"] = Field.Source, ["posted at"] = Field.Source,
        ["fandom"] = Field.Fandom, ["fandoms"] = Field.Fandom, ["category"] = Field.Category, ["categories"] = Field.Category,
        ["genre"] = Field.Category, ["genres"] = Field.Category, ["characters"] = Field.Character, ["character"] = Field.Character,
        ["pairing"] = Field.Relationship, ["pairings"] = Field.Relationship, ["relationship"] = Field.Relationship, ["relationships"] = Field.Relationship,
        ["warning"] = Field.Warnings, ["warnings"] = Field.Warnings, ["archive warning"] = Field.Warnings, ["archive warnings"] = Field.Warnings,
        ["words"] = Field.Ignored, ["word count"] = Field.Ignored, ["wordcount"] = Field.Ignored, ["status"] = Field.Ignored,
        ["published"] = Field.Published, ["updated"] = Field.Updated, ["completed"] = Field.Updated, ["language"] = Field.Language,
        ["series"] = Field.Series, ["tags"] = Field.Tags, ["additional tags"] = Field.Tags, ["freeform"] = Field.Tags, ["chapters"] = Field.Ignored,
        ["reviews"] = Field.Ignored, ["favs"] = Field.Ignored, ["follows"] = Field.Ignored, ["beta"] = Field.Ignored,
        ["beta reader"] = Field.Ignored, ["betaed by"] = Field.Ignored, ["beta'd by"] = Field.Ignored, ["posted"] = Field.Published,
        ["date"] = Field.Ignored, ["stats"] = Field.Stats, ["crossover"] = Field.Ignored, ["spoilers"] = Field.Ignored,
        ["dedication"] = Field.Ignored, ["feedback"] = Field.Ignored, ["archive"] = Field.Ignored, ["prompt"] = Field.Ignored,
        ["release date"] = Field.Ignored, ["kudos"] = Field.Ignored, ["hits"] = Field.Ignored, ["bookmarks"] = Field.Ignored,
        ["comments"] = Field.Ignored, ["collections"] = Field.Ignored, ["packaged"] = Field.Ignored,
    };

    /// <summary>The outcome: the first body line, the end of the metadata lines and notes met on the way.</summary>
    public readonly record struct Result(int BodyLine, int HeaderStart, int HeaderEnd, IReadOnlyList<Note> Notes);

    public static Result Read(string text, List<TextLine> lines, int firstLine, MetadataBuilder metadata)
    {
        var notes = new List<Note>();
        int headerStart = -1;
        int headerEnd = -1;
        int bodyLine = firstLine;
        int items = 0;
        int i = NextNonBlank(lines, firstLine);
        while (i < lines.Count && items < MaxHeaderItems)
        {
            TextLine line = lines[i];
            ReadOnlySpan<char> content = line.Trimmed(text);
            int paragraphEnd = ParagraphEnd(lines, i);

            if (NoteDetector.AtEdge(content) is NoteKind noteKind)
            {
                // A note in the header runs to the end of its paragraph.
                var range = TextRange.FromBounds(line.TrimStart, lines[paragraphEnd].TrimEnd);
                notes.Add(new Note(noteKind, range, range.Slice(text)));
                i = paragraphEnd + 1;
            }
            else if (content.Length <= MaxSummaryLength && TryKeyValue(content, metadata, out bool isSummary))
            {
                int last = i;
                if (isSummary)
                {
                    // A summary may wrap over several lines, up to a blank line or the next header line.
                    while (last + 1 < lines.Count && !lines[last + 1].IsBlank && !IsHeaderLine(lines[last + 1].Trimmed(text)))
                    {
                        last++;
                    }

                    string summary = text[line.TrimStart..lines[last].TrimEnd][(content.IndexOf(':') + 1)..];
                    metadata.SetSummary(string.Join(' ', summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                }

                Mark(lines, i, last, ref headerStart, ref headerEnd);
                i = last + 1;
            }
            else if (content.Length <= MaxHeaderLineLength && (TryChapterLine(content, metadata) || TryByLine(content, metadata) || TryUrl(content, metadata)))
            {
                Mark(lines, i, i, ref headerStart, ref headerEnd);
                i++;
            }
            else if (items == 0 && notes.Count == 0 && IsBareTitle(content) && NextIsChapterOrByLine(text, lines, i + 1))
            {
                metadata.SetStoryTitle(content.ToString());
                Mark(lines, i, i, ref headerStart, ref headerEnd);
                i++;
            }
            else
            {
                break;
            }

            items++;
            bodyLine = i;
            i = NextNonBlank(lines, i);
        }

        return new Result(bodyLine, headerStart, headerEnd, notes);
    }

    private static void Mark(List<TextLine> lines, int first, int last, ref int start, ref int end)
    {
        if (start < 0)
        {
            start = lines[first].TrimStart;
        }

        end = lines[last].TrimEnd;
    }

    private static int NextNonBlank(List<TextLine> lines, int index)
    {
        while (index < lines.Count && lines[index].IsBlank)
        {
            index++;
        }

        return index;
    }

    private static int ParagraphEnd(List<TextLine> lines, int index)
    {
        while (index + 1 < lines.Count && !lines[index + 1].IsBlank)
        {
            index++;
        }

        return index;
    }

    private static bool IsHeaderLine(ReadOnlySpan<char> content)
    {
        if (content.Length > MaxHeaderLineLength)
        {
            return false;
        }

        var probe = new MetadataBuilder();
        return TryKeyValue(content, probe, out _) || TryChapterLine(content, probe) || TryUrl(content, probe);
    }

    internal static bool TryKeyValue(ReadOnlySpan<char> content, MetadataBuilder metadata, out bool isSummary)
    {
        isSummary = false;
        int colon = content.IndexOf(':');
        if (colon <= 0 || colon > 30)
        {
            return false;
        }

        ReadOnlySpan<char> key = content[..colon].Trim();
        string value = content[(colon + 1)..].Trim().ToString();
        if (!Keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out Field field))
        {
            return false;
        }

        if (value.Length > MaxHeaderLineLength && field != Field.Summary)
        {
            return false;
        }

        switch (field)
        {
            case Field.StoryTitle:
                metadata.SetStoryTitle(value);
                break;
            case Field.ChapterTitle:
                metadata.SetChapterTitle(value);
                break;
            case Field.Chapter:
                ApplyChapterValue(value, metadata);
                break;
            case Field.Author:
                metadata.SetAuthor(StripTrailingLink(value));
                break;
            case Field.Rating:
                metadata.SetRating(value);
                break;
            case Field.Summary:
                isSummary = true;
                break;
            case Field.Source:
                metadata.SetSource(value);
                break;
            case Field.Fandom:
                metadata.Work.AddList(WorkTagKind.Fandom, value);
                break;
            case Field.Relationship:
                metadata.Work.AddList(WorkTagKind.Relationship, value);
                break;
            case Field.Character:
                metadata.Work.AddList(WorkTagKind.Character, value);
                break;
            case Field.Tags:
                metadata.Work.AddList(WorkTagKind.AdditionalTag, value);
                break;
            case Field.Warnings:
                metadata.Work.AddList(WorkTagKind.Warning, value);
                break;
            case Field.Category:
                metadata.Work.AddList(WorkTagKind.Category, value);
                break;
            case Field.Series:
                metadata.Work.SetSeries(value);
                break;
            case Field.Published:
                metadata.Work.SetPublished(value);
                break;
            case Field.Updated:
                metadata.Work.SetUpdated(value);
                break;
            case Field.Language:
                metadata.Work.SetLanguage(value);
                break;
            case Field.Stats:
                metadata.Work.SetStats(value);
                break;
            default:
                break;
        }

        return true;
    }

    /// <summary>"Chapter One: Many Regrets", "Chapter 21 - Title", "Ch. 3", "Part 1:", "Prologue", "Epilogue: After".</summary>
    internal static bool TryChapterLine(ReadOnlySpan<char> content, MetadataBuilder metadata)
    {
        ReadOnlySpan<char> rest;
        bool part = false;
        if (StartsWithWord(content, "chapter", out rest) || StartsWithWord(content, "ch.", out rest)
            || StartsWithWord(content, "chap.", out rest) || (part = StartsWithWord(content, "part", out rest)))
        {
            rest = rest.TrimStart();
            if (rest.StartsWith(':'))
            {
                // "Chapter: 5 - Title" is a key-value line, handled the same way.
                rest = rest[1..].TrimStart();
            }

            int used = NumberWords.ReadLeading(rest, out int number);
            if (used == 0)
            {
                return false;
            }

            ReadOnlySpan<char> title = TitleAfterNumber(rest[used..], out bool separated);
            if (!separated && !title.IsEmpty && (!char.IsAsciiDigit(rest[0]) || char.IsLower(title[0])))
            {
                return false; // "Part of me wanted…" / "Chapter 3 was the worst…": prose, not a header.
            }

            if (!title.IsEmpty && TextChars.IsSentenceEnd(title[^1]) && title[^1] is not ')' and not '…' && title.Length > 60)
            {
                return false;
            }

            metadata.SetChapterNumber(number);

            // "Part 2:" orders like chapter 2 but is called Part 2, never "Chapter 2".
            string? label = part ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Part {number}") : null;
            metadata.SetChapterTitle(title.IsEmpty ? label : label is null ? title.ToString() : $"{label}: {title}");
            return true;
        }

        foreach (string special in (ReadOnlySpan<string>)["Prologue", "Epilogue", "Interlude", "Omake"])
        {
            if (StartsWithWord(content, special, out rest))
            {
                ReadOnlySpan<char> title = TitleAfterNumber(rest, out bool separated);
                if (!title.IsEmpty && !separated)
                {
                    return false;
                }

                metadata.SetChapterTitle(title.IsEmpty ? special : $"{special}: {title}");
                return true;
            }
        }

        return false;
    }

    private static void ApplyChapterValue(string value, MetadataBuilder metadata)
    {
        int used = NumberWords.ReadLeading(value, out int number);
        if (used > 0)
        {
            metadata.SetChapterNumber(number);
            ReadOnlySpan<char> title = TitleAfterNumber(value.AsSpan(used), out _);
            metadata.SetChapterTitle(title.IsEmpty ? null : title.ToString());
        }
        else
        {
            metadata.SetChapterTitle(value);
        }
    }

    private static ReadOnlySpan<char> TitleAfterNumber(ReadOnlySpan<char> rest, out bool separated)
    {
        ReadOnlySpan<char> trimmed = rest.TrimStart();
        separated = trimmed.IsEmpty || trimmed[0] is ':' or '-' or '–' or '—' or '.' or '|' or '~' or '(' or '=';
        ReadOnlySpan<char> title = trimmed.TrimStart(":-–—.|~= ").Trim();
        if (trimmed.StartsWith('(') && title.EndsWith(')'))
        {
            title = title.TrimStart('(')[..^1].Trim();
        }

        return title.Trim().Trim("\"“”");
    }

    private static bool TryByLine(ReadOnlySpan<char> content, MetadataBuilder metadata)
    {
        ReadOnlySpan<char> rest;
        if (!StartsWithWord(content, "by", out rest) && !StartsWithWord(content, "written by", out rest))
        {
            return false;
        }

        ReadOnlySpan<char> name = StripTrailingLink(rest.Trim().ToString()).AsSpan().Trim();
        if (name.IsEmpty || name.Length > 60 || name.IndexOfAny(",;!?\"“”") >= 0 || TextChars.CountWords(name) > 6)
        {
            return false;
        }

        // "By the time he woke…" is prose: an author's name starts with a capital, a digit or an @handle,
        // unless the whole line is lower-case like "by cybergades".
        bool lowerCaseLine = content[0] == 'b' && !name.ContainsAnyInRange('A', 'Z') && TextChars.CountWords(name) == 1;
        if (!(char.IsUpper(name[0]) || char.IsDigit(name[0]) || name[0] == '@' || lowerCaseLine))
        {
            return false;
        }

        if (name.StartsWith("The ", StringComparison.Ordinal) || name.StartsWith("A ", StringComparison.Ordinal))
        {
            return false;
        }

        metadata.SetAuthor(name.ToString());
        return true;
    }

    private static bool TryUrl(ReadOnlySpan<char> content, MetadataBuilder metadata)
    {
        if (!(content.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || content.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            || content.IndexOfAny(' ', '\t') >= 0)
        {
            return false;
        }

        metadata.SetSource(content.ToString());
        return true;
    }

    private static bool IsBareTitle(ReadOnlySpan<char> content) =>
        content.Length is > 0 and <= 100 && TextChars.CountWords(content) <= 12 && !TextChars.IsQuote(content[0])
        && content[^1] is not ('.' or ',' or ';' or ':' or '"' or '”' or '\'' or '’') && char.IsLetterOrDigit(content[0]);

    private static bool NextIsChapterOrByLine(string text, List<TextLine> lines, int index)
    {
        index = NextNonBlank(lines, index);
        if (index >= lines.Count)
        {
            return false;
        }

        ReadOnlySpan<char> next = lines[index].Trimmed(text);
        if (next.Length > MaxHeaderLineLength)
        {
            return false;
        }

        var probe = new MetadataBuilder();
        return TryChapterLine(next, probe) || TryByLine(next, probe) || IsAuthorKey(next);
    }

    private static bool IsAuthorKey(ReadOnlySpan<char> content)
    {
        int colon = content.IndexOf(':');
        return colon > 0 && colon <= 30
            && Keys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(content[..colon].Trim(), out Field field)
            && field is Field.Author or Field.Chapter or Field.ChapterTitle;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> content, string word, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (!content.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = content[word.Length..];
        return rest.IsEmpty || !char.IsLetter(rest[0]) || word.EndsWith('.');
    }

    private static string StripTrailingLink(string value)
    {
        int http = value.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        string name = http > 0 ? value[..http] : value;
        return name.Trim().TrimEnd('(', '<', '[', '-', '|', ' ').Trim();
    }
}
