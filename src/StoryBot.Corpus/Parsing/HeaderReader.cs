using StoryBot.Corpus.Model;

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
    internal const int MaxHeaderLineLength = 300;
    private const int MaxSummaryLength = 3000;

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
            else if (content.Length <= MaxSummaryLength && HeaderKeyValue.TryRead(content, metadata, out bool isSummary))
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
            else if (content.Length <= MaxHeaderLineLength && (ChapterLine.TryRead(content, metadata) || TryByLine(content, metadata) || TryUrl(content, metadata)))
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
        return HeaderKeyValue.TryRead(content, probe, out _) || ChapterLine.TryRead(content, probe) || TryUrl(content, probe);
    }

    private static bool TryByLine(ReadOnlySpan<char> content, MetadataBuilder metadata)
    {
        ReadOnlySpan<char> rest;
        if (!ChapterLine.StartsWithWord(content, "by", out rest) && !ChapterLine.StartsWithWord(content, "written by", out rest))
        {
            return false;
        }

        ReadOnlySpan<char> name = HeaderKeyValue.StripTrailingLink(rest.Trim().ToString()).AsSpan().Trim();
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
        return ChapterLine.TryRead(next, probe) || TryByLine(next, probe) || HeaderKeyValue.IsAuthorKey(next);
    }
}
