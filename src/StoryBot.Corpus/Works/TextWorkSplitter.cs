using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Splits the text of a complete work into chapters at its headings, or says it is one chapter (null).
/// <list type="bullet">
/// <item>A heading is a line of its own (blank line before; blank line after, or one title line and then a blank line),
/// so a heading-like sentence inside a paragraph is never one.</item>
/// <item>Which headings split: "Chapter N" lines when there are at least two (then "Part" lines are prose); else "Part N"
/// lines; else "12. Title" / "XII." lines when at least three are numbered in sequence. Prologue, Epilogue and
/// Interlude split alongside any of them. When chapters split, a "Part Two" / "Book II" line (and its title) ends the
/// chapter before it and is in none.</item>
/// <item>A table of contents is not a chapter: headings with no text under them are dropped, and when the numbering
/// starts again ("Chapter 1" … "Chapter 12", then "Chapter 1") the run before it is dropped if its entries hold only a
/// few words each.</item>
/// <item>AO3 text: "Chapter Notes"/"Chapter Summary" up to "Chapter Text" and "Chapter End Notes" to the end of the
/// chapter become notes, never story text.</item>
/// <item>The text before the first heading is the front page (title, author, tags, licence): metadata, not a chapter.
/// A Project Gutenberg licence after "*** END OF THE PROJECT GUTENBERG EBOOK" is dropped.</item>
/// </list>
/// </summary>
internal static class TextWorkSplitter
{
    private const int TocEntryWords = 40;

    /// <summary>The result of a split: the front page (may be empty) and the chapters in order.</summary>
    public sealed record Split(string FrontPage, IReadOnlyList<ChapterSection> Chapters);

    public static Split? Run(string text, List<TextLine> lines, int maxChapters)
    {
        List<HeadingLine> found = Find(text, lines);
        List<HeadingLine> headings = Choose(found);
        if (headings.Count < 2)
        {
            return null;
        }

        int end = GutenbergEnd(text, lines);
        headings = DropContents(text, lines, headings, end);
        if (headings.Count < 2)
        {
            return null;
        }

        if (headings.Count > maxChapters)
        {
            headings = headings.GetRange(0, maxChapters);
        }

        var labels = found.Where(h => h.Kind is HeadingKind.ChapterNotes or HeadingKind.ChapterEndNotes or HeadingKind.ChapterText).ToList();
        // "Part Two" / "Book II" lines between chapters end the chapter before them: a part's heading and title are not story text.
        HeadingKind main = headings.Select(h => h.Kind).FirstOrDefault(k => k != HeadingKind.Special, HeadingKind.None);
        List<int> partLines = main == HeadingKind.Chapter ? [.. found.Where(h => h.Kind == HeadingKind.Part).Select(h => h.Line)] : [];
        var sections = new List<ChapterSection>(headings.Count);
        for (int i = 0; i < headings.Count; i++)
        {
            int stopLine = i + 1 < headings.Count ? headings[i + 1].Line : end;
            int line = headings[i].Line;
            stopLine = partLines.Where(p => p > line && p < stopLine).DefaultIfEmpty(stopLine).Min();
            sections.Add(Section(text, lines, headings[i], stopLine, labels));
        }

        string front = lines[headings[0].Line].Start > 0 ? text[..lines[headings[0].Line].Start] : string.Empty;
        return new Split(front, sections);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<HeadingLine> Find(string text, List<TextLine> lines)
    {
        var found = new List<HeadingLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            TextLine line = lines[i];
            if (line.IsBlank || line.TrimmedLength > ChapterHeadings.MaxHeadingLength || (i > 0 && !lines[i - 1].IsBlank))
            {
                continue;
            }

            bool alone = i + 1 == lines.Count || lines[i + 1].IsBlank;
            bool withTitle = !alone && (i + 2 == lines.Count || lines[i + 2].IsBlank);
            if (!alone && !withTitle)
            {
                continue;
            }

            HeadingKind kind = ChapterHeadings.Classify(line.Trimmed(text), out int? number, out string? title);
            if (kind == HeadingKind.None)
            {
                continue;
            }

            int body = i + 1;
            if (withTitle)
            {
                ReadOnlySpan<char> next = lines[i + 1].Trimmed(text);
                if (title is not null || kind >= HeadingKind.ChapterNotes || !ChapterHeadings.IsTitleLine(next))
                {
                    continue;
                }

                title = next.ToString();
                body = i + 2;
            }
            else if (title is null && kind is HeadingKind.Chapter or HeadingKind.Part or HeadingKind.Numbered)
            {
                // "CHAPTER I." / blank / "Down the Rabbit-Hole" / blank / story.
                int next = NextText(lines, i + 1);
                if (next < lines.Count && (next + 1 == lines.Count || lines[next + 1].IsBlank) && NextText(lines, next + 1) < lines.Count
                    && ChapterHeadings.IsTitleLine(lines[next].Trimmed(text))
                    && ChapterHeadings.Classify(lines[next].Trimmed(text), out _, out _) == HeadingKind.None)
                {
                    title = lines[next].Trimmed(text).ToString();
                    body = next + 1;
                }
            }

            found.Add(new HeadingLine(i, body, kind, number, title));
        }

        return found;
    }

    private static List<HeadingLine> Choose(List<HeadingLine> found)
    {
        int chapters = found.Count(h => h.Kind == HeadingKind.Chapter);
        int parts = found.Count(h => h.Kind == HeadingKind.Part);
        HeadingKind main = chapters >= 2 ? HeadingKind.Chapter
            : parts >= 2 ? HeadingKind.Part
            : NumberedInSequence(found) ? HeadingKind.Numbered
            : chapters == 1 ? HeadingKind.Chapter
            : parts == 1 ? HeadingKind.Part
            : HeadingKind.None;
        return found.Where(h => h.Kind == main || h.Kind == HeadingKind.Special).ToList();
    }

    /// <summary>At least three "N." headings, each one more than the one before.</summary>
    private static bool NumberedInSequence(List<HeadingLine> found)
    {
        int run = 0;
        int best = 0;
        int previous = int.MinValue;
        foreach (HeadingLine heading in found.Where(h => h.Kind == HeadingKind.Numbered))
        {
            run = heading.Number == previous + 1 ? run + 1 : 1;
            previous = heading.Number ?? int.MinValue;
            best = Math.Max(best, run);
        }

        return best >= 3;
    }

    private static List<HeadingLine> DropContents(string text, List<TextLine> lines, List<HeadingLine> headings, int end)
    {
        var words = new int[headings.Count];
        for (int i = 0; i < headings.Count; i++)
        {
            int stop = i + 1 < headings.Count ? headings[i + 1].Line : end;
            words[i] = CountWords(text, lines, headings[i].BodyLine, stop, TocEntryWords + 1);
        }

        // Numbering that starts again after a run of near-empty entries: the run was a table of contents.
        int start = 0;
        int? firstNumber = headings[0].Number;
        for (int i = 1; i < headings.Count && firstNumber is not null; i++)
        {
            if (headings[i].Number == firstNumber && headings[i].Kind == headings[0].Kind && words[start..i].All(w => w <= TocEntryWords))
            {
                start = i;
                break;
            }
        }

        var kept = new List<HeadingLine>(headings.Count - start);
        for (int i = start; i < headings.Count; i++)
        {
            if (words[i] > 0)
            {
                kept.Add(headings[i]);
            }
        }

        return kept;
    }

    private static ChapterSection Section(string text, List<TextLine> lines, HeadingLine heading, int stopLine, List<HeadingLine> labels)
    {
        int startLine = heading.BodyLine;
        int bodyFirst = startLine;
        int bodyStop = stopLine;
        var noteBlocks = new List<(int First, int Stop)>();
        foreach (HeadingLine label in labels)
        {
            if (label.Line < startLine || label.Line >= stopLine)
            {
                continue;
            }

            switch (label.Kind)
            {
                case HeadingKind.ChapterNotes:
                    int textLabel = labels.FirstOrDefault(l => l.Kind == HeadingKind.ChapterText && l.Line > label.Line && l.Line < stopLine).Line;
                    int notesStop = textLabel > 0 ? textLabel : ParagraphEnd(lines, NextText(lines, label.Line + 1));
                    noteBlocks.Add((label.Line + 1, notesStop));
                    bodyFirst = Math.Max(bodyFirst, textLabel > 0 ? textLabel + 1 : notesStop);
                    break;
                case HeadingKind.ChapterText:
                    bodyFirst = Math.Max(bodyFirst, label.Line + 1);
                    break;
                case HeadingKind.ChapterEndNotes:
                    noteBlocks.Add((label.Line + 1, stopLine));
                    bodyStop = Math.Min(bodyStop, label.Line);
                    break;
                default:
                    break;
            }
        }

        int sectionStart = lines[startLine < lines.Count ? startLine : lines.Count - 1].Start;
        int sectionEnd = stopLine < lines.Count ? lines[stopLine].Start : text.Length;
        sectionStart = Math.Min(sectionStart, sectionEnd);
        string sectionText = text[sectionStart..sectionEnd];
        int bodyStart = Offset(lines, bodyFirst, sectionEnd) - sectionStart;
        int bodyEnd = Math.Max(bodyStart, Offset(lines, bodyStop, sectionEnd) - sectionStart);

        var notes = new List<Note>();
        foreach ((int first, int stop) in noteBlocks)
        {
            int from = NextText(lines, first);
            int to = stop;
            while (to > from && lines[to - 1].IsBlank)
            {
                to--;
            }

            if (from >= to)
            {
                continue;
            }

            var range = TextRange.FromBounds(lines[from].TrimStart - sectionStart, lines[to - 1].TrimEnd - sectionStart);
            notes.Add(new Note(NoteKind.AuthorNote, range, range.Slice(sectionText)));
        }

        return new ChapterSection(sectionText, bodyStart, bodyEnd, heading.Kind == HeadingKind.Special ? null : heading.Number, heading.Title, notes)
        {
            IsSpecial = heading.Kind == HeadingKind.Special,
        };
    }

    /// <summary>The line index where a Project Gutenberg licence starts, or the line count.</summary>
    internal static int GutenbergEnd(string text, List<TextLine> lines)
    {
        // The end block is "End of the Project Gutenberg EBook of …" and/or "*** END OF THE PROJECT GUTENBERG EBOOK … ***":
        // the first of them near the end is where the licence starts.
        int end = lines.Count;
        for (int i = lines.Count - 1, seen = 0; i >= 0 && seen < 2000; i--, seen++)
        {
            ReadOnlySpan<char> line = lines[i].Trimmed(text).TrimStart("* ");
            if (line.StartsWith("END OF THE PROJECT GUTENBERG", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("END OF THIS PROJECT GUTENBERG", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("End of Project Gutenberg", StringComparison.OrdinalIgnoreCase))
            {
                end = i;
            }
            else if (end < lines.Count && !lines[i].IsBlank)
            {
                break;
            }
        }

        return end;
    }

    private static int CountWords(string text, List<TextLine> lines, int first, int stop, int cap)
    {
        int words = 0;
        for (int i = first; i < stop && i < lines.Count && words < cap; i++)
        {
            ReadOnlySpan<char> line = lines[i].Trimmed(text);
            bool inWord = false;
            foreach (char c in line)
            {
                bool letter = char.IsLetterOrDigit(c);
                words += letter && !inWord ? 1 : 0;
                inWord = letter;
            }
        }

        return words;
    }

    private static int Offset(List<TextLine> lines, int line, int end) => line < lines.Count ? Math.Min(lines[line].Start, end) : end;

    private static int NextText(List<TextLine> lines, int index)
    {
        while (index < lines.Count && lines[index].IsBlank)
        {
            index++;
        }

        return index;
    }

    private static int ParagraphEnd(List<TextLine> lines, int index)
    {
        while (index < lines.Count && !lines[index].IsBlank)
        {
            index++;
        }

        return index;
    }
}
